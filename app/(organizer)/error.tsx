"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/ui/error-notice";

// Inside the organizer layout, so the signed-in bar and its links stay. A server action that failed
// lands here too, and then the first thing an organizer needs to know is whether the change was made.
export default function OrganizerError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      error={error}
      retry={retry}
      explanation="A problem on our side stopped this page: if you were saving a change, check whether it was saved before you make it again."
      back={<Link href="/organizer">Back to your campaigns</Link>}
    />
  );
}
