import type { UserRole } from "@/lib/db/schema";

// Who may do what with documented events (issue #3), as pure rules. Any organizer or admin sees
// every event and may document a new one; an event is changed only by the organizer who created
// it and by admins. Seeded events have no creator, so only admins change them.

export type EventAccess = { view: boolean; create: boolean; edit: boolean };

export function eventAccess(user: { id: string; role: UserRole } | null, event: { createdBy: string | null } | null): EventAccess {
  if (!user) return { view: false, create: false, edit: false };
  const admin = user.role === "admin";
  return { view: true, create: true, edit: admin || (event !== null && event.createdBy !== null && event.createdBy === user.id) };
}
