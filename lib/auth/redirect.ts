import "server-only";
import { redirect } from "next/navigation";

/** Sends an anonymous visitor to sign in, and back to `path` afterwards. */
export function redirectToSignIn(path: string): never {
  redirect(`/signin?${new URLSearchParams({ callbackUrl: path })}`);
}
