import "server-only";
import { z } from "zod";
import { auth } from "./auth";

// The signed-in user as the rest of the app sees it. The role comes from the users row that
// Auth.js loads with the session on every request, so a change of role applies at once.

const sessionUserSchema = z.object({
  id: z.string().uuid(),
  email: z.string(),
  role: z.enum(["admin", "organizer"]),
});

export type SessionUser = z.infer<typeof sessionUserSchema>;

export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await auth();
  const parsed = sessionUserSchema.safeParse(session?.user);
  return parsed.success ? parsed.data : null;
}
