import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

// Links and redirects that keep the reader's language: `<Link href="/campaigns/x">` leads a French
// reader to `/fr/campaigns/x`.
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
