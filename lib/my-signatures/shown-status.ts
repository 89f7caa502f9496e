import type { Signature } from "@/lib/db/schema";

// What "Manage my signatures" tells a signer about their signature's state (issue #13).
// - A held signature (velocity rules judged it suspect) reads as what the signer did: confirmed if
//   they confirmed it, else waiting for confirmation. Holds are meant to look accepted to whoever
//   signs in bulk; telling the address owner would tell the bulk signer too, since they hold the
//   mailbox. An organizer releases or invalidates it soon after.
// - An invalidated signature says plainly that the moderators set it aside, as the withdrawal page
//   and the "already signed" email already do: it is a decision about it, not a detection to hide.

export type ShownStatus = "pending" | "confirmed" | "set-aside";

export function shownStatus(signature: Pick<Signature, "status" | "confirmedAt">): ShownStatus {
  if (signature.status === "invalidated") return "set-aside";
  if (signature.status === "held") return signature.confirmedAt ? "confirmed" : "pending";
  return signature.status;
}
