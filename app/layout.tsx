import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env";
import "./globals.css";
import "./styles/content.css";
import "./styles/organizer.css";

// Read at request time, not build time, so that preview images and canonical links carry the
// public address the server is configured with.
export async function generateMetadata(): Promise<Metadata> {
  return {
    metadataBase: new URL(getEnv().APP_URL),
    title: { default: "Petitions", template: "%s · Petitions" },
    description: "Sign declarations and petitions built on documented events, and see exact, live counts.",
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <header className="site-header">
          <div className="container">
            <Link href="/">Petitions</Link>
            <nav aria-label="Main">
              <ul>
                <li>
                  <Link href="/">Campaigns</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="container" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>Open-source petition platform. Signatures count only once confirmed by email; email addresses are never published.</p>
          </div>
        </footer>
      </body>
    </html>
  );
}
