// X shows the same picture as the other networks. The route segment config is repeated rather
// than re-exported because Next.js reads it from this file's own source.
export { default, alt, size, contentType, generateStaticParams } from "./opengraph-image";

export const revalidate = 60;
