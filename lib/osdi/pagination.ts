import type { PageQuery } from "./schema";

export type PageWindow = {
  totalPages: number;
  offset: number;
  /** The next and previous page numbers, or null at either end. */
  next: number | null;
  prev: number | null;
};

/**
 * OSDI's page arithmetic (`page`, `per_page`, `total_pages`, `total_records`). A page past the
 * end is an empty page, not an error (the spec answers an empty collection with 200); its `prev`
 * leads back to the last page that has records.
 */
export function pageWindow({ page, perPage }: PageQuery, totalRecords: number): PageWindow {
  const totalPages = Math.ceil(totalRecords / perPage);
  return {
    totalPages,
    offset: (page - 1) * perPage,
    next: page < totalPages ? page + 1 : null,
    prev: page > 1 ? Math.min(page - 1, Math.max(totalPages, 1)) : null,
  };
}

/**
 * The paging fields and links every OSDI collection carries: page, per_page, total_pages,
 * total_records, and self/next/prev links built by `pageHref`.
 */
export function osdiPage(query: { page: number; perPage: number }, totalRecords: number, window: PageWindow, pageHref: (page: number) => string) {
  return {
    fields: { page: query.page, per_page: query.perPage, total_pages: window.totalPages, total_records: totalRecords },
    links: {
      self: { href: pageHref(query.page) },
      ...(window.next !== null && { next: { href: pageHref(window.next) } }),
      ...(window.prev !== null && { prev: { href: pageHref(window.prev) } }),
    },
  };
}
