import { notFound } from "next/navigation";

// An address under a language that matches no page (`/no-such-page`, `/fr/nothing`): the language's
// own not-found page, inside the site's frame, rather than the bare one outside every language.
export default function UnknownPage() {
  notFound();
}
