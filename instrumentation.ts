import type { Instrumentation } from "next";

// Runs once when a server process starts, before it takes requests: the database is made ready
// (embedded PostgreSQL when DATABASE_URL is unset, migrations, seed), then the email worker starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startApp } = await import("./lib/startup");
  await startApp();
}

// Every error a page, route handler or server action throws (not notFound() or redirect()) comes
// here once, with the digest that app/error.tsx shows the visitor as a reference number.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { reportRequestError } = await import("./lib/log/request-error");
  reportRequestError(error, request, { routeType: context.routeType, route: context.routePath });
};
