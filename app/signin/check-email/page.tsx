import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email" };

export default function CheckEmailPage() {
  return (
    <div className="notice" role="status">
      <h1>Check your email</h1>
      <p>We sent you a link that signs you in. It works once, for 24 hours.</p>
      <p>
        No email after a few minutes? Look in your spam folder, or <Link href="/signin">ask for a new link</Link>.
      </p>
    </div>
  );
}
