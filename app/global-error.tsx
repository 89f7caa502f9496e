"use client";

import { ErrorNotice } from "@/components/ui/error-notice";
import "./globals.css";

// Replaces the root layout when the root layout itself fails (it reads the configuration for the
// page's metadata), so it brings its own document, styles and header. Plain links: after a failure
// this high up, a full page load is the surest way back.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <title>Something went wrong · Petitions</title>
        <header className="site-header">
          <div className="container">
            <a href="/">Petitions</a>
          </div>
        </header>
        <main id="main" className="container">
          <ErrorNotice
            error={error}
            retry={retry}
            explanation="The site could not be shown because of a problem on our side. Try again in a moment."
            back={<a href="/">Go to the home page</a>}
          />
        </main>
      </body>
    </html>
  );
}
