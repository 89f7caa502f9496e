import type { Locator, Page } from "@playwright/test";

/** /events/<slug>: a documented event, its speakers, calls to action and sources. */
export class EventPage {
  readonly heading: Locator;
  readonly uncertainty: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.uncertainty = page.locator(".notice", { has: page.getByRole("heading", { name: "Where the sources are uncertain" }) });
  }

  async goto(slug: string): Promise<void> {
    await this.page.goto(`/events/${slug}`);
  }

  /** The list that follows a section heading ("Speakers", "Calls to action", "Sources"). */
  listAfter(heading: string): Locator {
    return this.page.getByRole("heading", { level: 2, name: heading, exact: true }).locator("xpath=following-sibling::*[self::ul or self::ol][1]");
  }

  /** The value of a fact ("Date", "Place", "Host") in the facts list. */
  fact(term: string): Locator {
    return this.page.locator("dl.facts dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
  }
}
