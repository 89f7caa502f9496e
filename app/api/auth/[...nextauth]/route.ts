import { handlers } from "@/lib/auth/auth";

// Auth.js's own endpoints (magic-link callback, session, sign-out); each authenticates itself.
export const { GET, POST } = handlers;
