import type { NextConfig } from "next";

// Types for next.config.mjs (the project checks no JavaScript), which the production server and its
// tests import: the server bundles `nonEmbedHeaders`, the tests read `headers()` (issue #10).

declare const nextConfig: NextConfig;
export default nextConfig;

export declare const nonEmbedHeaders: { key: string; value: string }[];
