import "altcha/external";
import "altcha/altcha.css";
import { WORKER_PATH } from "@/lib/proof-of-work/schema";

// Loaded only by a sign form that asks for a proof of work (issue #13), once the page is interactive:
// every other campaign page ships none of it. "altcha/external" is the widget without its inline
// workers (blob: URLs the Content-Security-Policy refuses) and inline styles; its one worker is served
// by us (app/api/v1/proof-of-work/worker.js), its styles come from our own origin with this chunk.

/** The widget's texts in `language`, from our catalogs (signing.proofOfWork), over its English defaults. */
export function setUpProofOfWork(language: string, strings: Record<string, string>): void {
  const altcha = globalThis.$altcha;
  altcha.algorithms.set("PBKDF2/SHA-256", () => new Worker(WORKER_PATH));
  altcha.i18n.set(language, { ...altcha.i18n.get("en"), ...strings });
}
