import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { devMailbox, type DevMailboxEmail } from "@/lib/db/schema";

export async function listDevMailbox(limit = 50): Promise<DevMailboxEmail[]> {
  return getDb().select().from(devMailbox).orderBy(desc(devMailbox.createdAt)).limit(limit);
}
