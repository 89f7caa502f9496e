// Imported first by lib/production-server/main.ts, so it runs before Next.js or any app module loads. Like
// next.config.mjs, the server's entry configures the process itself; the app reads process.env only
// through lib/env.ts. As `next start` does, NODE_ENV defaults to production: lib/env.ts turns the
// development mailbox off by it.
(process.env as Record<string, string | undefined>).NODE_ENV ??= "production";
