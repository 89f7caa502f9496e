// The campaign's featured image, from an https address the organizer gave. A plain <img>: the
// image lives on another site, so next/image's optimizer would have to be opened to every host.
// The box keeps a fixed 1200×630 shape (the usual sharing size) before the image arrives, so the
// page does not jump; an image of another shape is cropped to fit.
export function FeaturedImage({ url, alt }: { url: string | null; alt: string | null }) {
  if (!url) return null;
  return (
    // biome-ignore lint/performance/noImgElement: the image lives on another site (see above)
    <img
      src={url}
      alt={alt ?? ""}
      width={1200}
      height={630}
      decoding="async"
      // The image's host learns nothing about which page showed it.
      referrerPolicy="no-referrer"
      style={{
        display: "block",
        width: "100%",
        maxWidth: "48rem",
        height: "auto",
        aspectRatio: "1200 / 630",
        objectFit: "cover",
        margin: "0 0 1.5rem",
      }}
      data-testid="featured-image"
    />
  );
}
