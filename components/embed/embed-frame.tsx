"use client";

import { useEffect, useRef, type ReactNode } from "react";
import { EMBED_RESIZE_MESSAGE, type EmbedResizeMessage } from "./embed-messages";

/**
 * The widget's outer box. Inside a frame it tells the framing page its height whenever the content
 * changes (signing swaps the form for a short message, errors lengthen it), for /embed.js to fit
 * the frame. The `embed-root` class also hides the site header and footer (app/globals.css).
 */
export function EmbedFrame({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = ref.current;
    if (!root || window.parent === window) return;
    let last = 0;
    const report = () => {
      const height = Math.ceil(root.getBoundingClientRect().bottom + window.scrollY);
      if (height === last) return;
      last = height;
      const message: EmbedResizeMessage = { type: EMBED_RESIZE_MESSAGE, height, title: document.title };
      // "*": the framing page may be any site, and the message carries nothing private.
      window.parent.postMessage(message, "*");
    };
    const observer = new ResizeObserver(report);
    observer.observe(root);
    return () => observer.disconnect();
  }, []);

  return (
    <div className="embed-root" ref={ref}>
      {children}
    </div>
  );
}
