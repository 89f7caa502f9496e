import "./globals.css";
import "./styles/content.css";
import "./styles/organizer.css";

// Every page is under app/[locale]/, whose layout writes the document in the reader's language and
// direction. This one only carries the styles; app/not-found.tsx answers what matches no page.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
