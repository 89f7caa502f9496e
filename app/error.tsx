"use client";

import Link from "next/link";
import { ErrorNotice } from "@/components/ui/error-notice";

// Shown in place of a page that failed. The error itself was reported on the server
// (instrumentation.ts); the visitor gets no message or stack, only the reference number.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <ErrorNotice
      error={error}
      retry={retry}
      explanation="This page could not be shown because of a problem on our side. Try again in a moment."
      back={<Link href="/">See all campaigns</Link>}
    />
  );
}
