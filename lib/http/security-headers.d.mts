// Types for security-headers.mjs (the project type-checks no JavaScript).
type Header = { key: string; value: string };
export declare const everyResponse: Header[];
export declare const refuseFraming: Header[];
export declare const nonEmbedHeaders: Header[];
export declare const strictTransportSecurity: Header;
export declare function nonceContentSecurityPolicy(nonce: string, options: { development: boolean }): string;
export declare function cachedContentSecurityPolicy(options: { framed: boolean }): string;
export declare function hashedContentSecurityPolicy(hashSources: readonly string[], options: { framed: boolean }): string;
export declare const CACHED_PAGE_PATH: RegExp;
