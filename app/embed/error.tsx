"use client";

import { ErrorReference } from "@/components/ui/error-reference";

// Inside the widget's frame (app/embed/layout.tsx): the site's header stays hidden and the frame on
// the campaign's site keeps fitting its content, as with app/embed/not-found.tsx.
export default function EmbedError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <>
      <h1 className="embed-title">This campaign cannot be shown right now</h1>
      <p>A problem on our side stopped the widget. Try again in a moment.</p>
      <p>
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      </p>
      <ErrorReference error={error} />
    </>
  );
}
