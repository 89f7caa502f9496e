// When an import counts as running (issue #14). An import runs inside its upload request, so one
// whose process died (a restart, a crash) stays "importing" with nothing left to finish it. After
// STALE_IMPORT_MINUTES (the whole councillors' file takes about a minute) it no longer blocks a new
// upload, and the admin page neither shows it as under way nor keeps refreshing itself for it.

export const STALE_IMPORT_MINUTES = 30;

export function isImportRunning(extract: { status: string; createdAt: Date }, now: number): boolean {
  return extract.status === "importing" && now - extract.createdAt.getTime() < STALE_IMPORT_MINUTES * 60_000;
}
