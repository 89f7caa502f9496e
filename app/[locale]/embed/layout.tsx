import type { Metadata } from "next";
import { EmbedFrame } from "@/components/embed/embed-frame";

// The widget lives inside the root layout, whose header and footer it hides with CSS: moving the
// site's pages under a route group of their own would give it a chrome-free layout instead (see
// the embed section of the README).
export const metadata: Metadata = {
  // The campaign page is the one to index; the widget is a copy of part of it.
  robots: { index: false, follow: true },
};

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <EmbedFrame>{children}</EmbedFrame>;
}
