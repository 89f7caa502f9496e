// Runs once when a server process starts, before it takes requests: the database is made ready
// (embedded PostgreSQL when DATABASE_URL is unset, migrations, seed), then the email worker starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/server-start");
  await startServer();
}
