"use client";

import { useSearchParams } from "next/navigation";

// The campaign page is cached and shared by everyone, so the one-off "your signature is confirmed"
// notice is read from the address on the signer's side instead of rendered on the server.
const NOTICES = {
  confirmed: {
    title: "Your signature is confirmed",
    body: "Thank you. It is now counted. You can withdraw it at any time from the link in your email.",
  },
  withdrawn: {
    title: "Your signature is withdrawn",
    body: "It no longer counts, and your details have been deleted.",
  },
} as const;

export function FlashNotice() {
  const params = useSearchParams();
  const kind = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => params.get(key) === "1");
  if (!kind) return null;
  return (
    <div className="notice" role="status" data-testid={`${kind}-notice`}>
      <h2>{NOTICES[kind].title}</h2>
      <p>{NOTICES[kind].body}</p>
    </div>
  );
}
