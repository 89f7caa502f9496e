import { copyFile, mkdir } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo, test } from "@playwright/test";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { type Locale, LOCALES, localePath } from "@/lib/i18n/routing";
import { APP_URL } from "./playwright.config";
import { type PageKindData, pageKindData } from "./support/page-kinds";

// Issue #11: every page kind, on a phone (390×844) and a laptop (1280×800), scrolls only downwards,
// logs no error (hydration errors included), passes axe's WCAG 2.2 AA rules (24×24 targets among
// them), and, on a campaign page, shows the count, the progress and a way to sign without scrolling.
// A full-page screenshot of each lands in test-results/screenshots/ for people to look at.

type PageKind = {
  /** Names the test and the screenshot. */
  name: string;
  path: (data: PageKindData) => string;
  /** Who opens it: anyone, or the admin signed in (the organizer pages send a visitor to sign in). */
  as: "visitor" | "admin";
  /** A not-found page answers 404, and the browser logs that one failed load: the only error allowed. */
  notFound?: true;
  /** A public campaign page, whose first screen must carry the count, progress and a way to sign. */
  campaign?: string;
};

const PETITION = "un-commission-of-inquiry";
const DECLARATION = "mayors-declaration";
const EVENT = "paris-5th-district-conference-2017";
// A fixed path, or one made from the data the spec creates (support/page-kinds.ts).
type At = string | ((data: PageKindData) => string);
const pathOf = (at: At) => (typeof at === "string" ? () => at : at);
const visitor = (name: string, at: At, extra: Partial<PageKind> = {}): PageKind => ({ name, path: pathOf(at), as: "visitor", ...extra });
const admin = (name: string, at: At): PageKind => ({ name, path: pathOf(at), as: "admin" });
const organizerCampaign = (data: PageKindData) => `/organizer/campaigns/${data.campaign}`;

// One row per page.tsx and not-found.tsx under app/. Left out: /dev/mailbox, which answers 404 in
// production (it exists only with DEV_MAILBOX=true), and error.tsx, which no working page reaches.
// The organizer's campaign pages are those of the spec's own campaign, which has something to show
// on each; the seeded campaigns are only read.
const PAGE_KINDS: PageKind[] = [
  visitor("home", "/"),
  visitor(`campaign ${PETITION}`, `/campaigns/${PETITION}`, { campaign: PETITION }),
  visitor(`campaign ${DECLARATION}`, `/campaigns/${DECLARATION}`, { campaign: DECLARATION }),
  visitor(`signatories ${PETITION}`, `/campaigns/${PETITION}/signatories`),
  visitor("signatories with listed signers", (data) => `/campaigns/${data.campaign}/signatories`),
  visitor(`integrity ${PETITION}`, `/campaigns/${PETITION}/integrity`),
  visitor("integrity with an invalidation", (data) => `/campaigns/${data.campaign}/integrity`),
  visitor("privacy notice", "/privacy"),
  visitor(`privacy notice ${DECLARATION}`, `/campaigns/${DECLARATION}/privacy`),
  visitor("event 1988-massacre-commemoration-2017", "/events/1988-massacre-commemoration-2017"),
  visitor(`event ${EVENT}`, `/events/${EVENT}`),
  visitor(`embed ${PETITION}`, `/embed/campaigns/${PETITION}`),
  visitor(`embed ${DECLARATION}`, `/embed/campaigns/${DECLARATION}`),
  visitor("confirm a pending signature", (data) => data.confirm),
  visitor("confirm link not valid", `/confirm/${"x".repeat(43)}`),
  visitor("withdraw a confirmed signature", (data) => data.withdraw),
  visitor("unsubscribe from updates", (data) => data.unsubscribe),
  visitor("manage my signatures", "/signatures/manage"),
  visitor("manage my signatures, from the emailed link", (data) => data.manage),
  visitor("manage link not valid", `/signatures/manage/${"x".repeat(43)}`),
  visitor("sign-in", "/signin"),
  visitor("sign-in check-email", "/signin/check-email"),
  visitor("sign-in link", `/signin/link?token=${"a".repeat(32)}&email=admin%40organizers.example&callbackUrl=%2Forganizer`),
  visitor("not found", "/no-such-page", { notFound: true }),
  visitor("embed not found", "/embed/campaigns/no-such-campaign", { notFound: true }),
  admin("organizer home", "/organizer"),
  admin("organizer events", "/organizer/events"),
  admin("organizer new event", "/organizer/events/new"),
  admin("organizer import event", "/organizer/events/import"),
  admin("organizer event", `/organizer/events/${EVENT}`),
  admin("organizer edit event", `/organizer/events/${EVENT}/edit`),
  admin("organizer new campaign", "/organizer/campaigns/new"),
  admin("organizer new campaign from a call", `/organizer/campaigns/new?event=${EVENT}&call=0`),
  admin("organizer campaign overview", organizerCampaign),
  admin("organizer campaign edit", (data) => `${organizerCampaign(data)}/edit`),
  admin("organizer campaign translations", (data) => `${organizerCampaign(data)}/translations`),
  admin("organizer campaign dashboard", (data) => `${organizerCampaign(data)}/dashboard`),
  admin("organizer campaign offline", (data) => `${organizerCampaign(data)}/offline`),
  admin("organizer campaign updates", (data) => `${organizerCampaign(data)}/updates`),
  admin("organizer update draft", (data) => data.draftUpdate),
  admin("organizer update sent", (data) => data.sentUpdate),
  admin("organizer campaign moderation", (data) => `${organizerCampaign(data)}/moderation`),
  admin("organizer campaign preview", (data) => `${organizerCampaign(data)}/preview`),
  admin("organizer campaign delivery", (data) => `${organizerCampaign(data)}/delivery`),
  admin("admin", "/admin"),
  admin("admin audit", "/admin/audit"),
];

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
type Viewport = (typeof VIEWPORTS)[number];

// A redesign may name its call to action "Sign", "Sign the petition", "Sign now"…, but not "Sign in";
// likewise in French ("Signer", not "Se connecter") and Persian ("امضا", not "ورود").
const SIGN: Record<Locale, RegExp> = {
  en: /^sign\b(?!\s+(in|out)\b)/i,
  fr: /^sign(er|ez)\b/i,
  fa: /امضا کنید|^امضا$/,
};

/** The sign form's first field, as each language labels it. */
const FULL_NAME_LABEL = Object.fromEntries(
  LOCALES.map((locale) => [locale, (CATALOGS[locale].signing as { signForm: { fullName: string } }).signForm.fullName]),
) as Record<Locale, string>;

let data: PageKindData;

// Each test attaches its page's screenshot and names what is wrong; a trace of every failing page at
// every size would only slow a run that is meant to fail until the layout is fixed.
test.use({ trace: "off" });

test.beforeAll(async ({ browser, request }, testInfo) => {
  testInfo.setTimeout(180_000);
  data = await pageKindData(browser, request, testInfo.project.outputDir);
});

// Every page kind in every language (issue #12): English at its own addresses, French and Persian
// under /fr and /fa; Persian right to left.
for (const locale of LOCALES) {
  for (const kind of PAGE_KINDS) {
    for (const viewport of VIEWPORTS) {
      test(`${locale} ${kind.name} at ${viewport.width}×${viewport.height}`, async ({ browser }, testInfo) => {
        const context = await browser.newContext({ viewport, storageState: kind.as === "admin" ? data.admin : undefined });
        try {
          await checkPage(await context.newPage(), kind, locale, viewport, testInfo);
        } finally {
          await context.close();
        }
      });
    }
  }
}

// Each check is soft, so one run lists everything wrong with a page at a size, not just the first.
async function checkPage(page: Page, kind: PageKind, locale: Locale, viewport: Viewport, testInfo: TestInfo): Promise<void> {
  const url = new URL(localePath(locale, kind.path(data)), APP_URL).href;
  const errors = collectErrors(page, kind.notFound ? url : null);
  const response = await page.goto(url);
  expect(response?.status(), `${url} answers`).toBe(kind.notFound ? 404 : 200);
  await page.waitForLoadState("networkidle");
  const root = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
  expect.soft(root, `${url}: the document's language and direction`).toEqual({ lang: locale, dir: locale === "fa" ? "rtl" : "ltr" });
  // Chromium asks for the page's icon on its own schedule, at times after the test has ended: ask for
  // it here too, so that a missing icon is reported every time, not one run in two.
  await page.evaluate(async () => {
    const icon = document.querySelector<HTMLLinkElement>("link[rel~='icon']")?.href ?? "/favicon.ico";
    await fetch(icon).catch(() => undefined);
  });

  if (kind.campaign) {
    const missing = await missingFromFirstScreen(page, kind.campaign, locale, viewport);
    expect.soft(missing, `${kind.name}: not on the first screen at ${viewport.width}×${viewport.height}:\n${missing.join("\n")}`).toEqual([]);
  }
  const overflow = await sidewaysOverflow(page);
  expect.soft(overflow, `${kind.name} scrolls sideways at ${viewport.width}×${viewport.height}: ${overflow}`).toBeNull();

  await saveScreenshot(page, `${locale}-${kind.name.replace(/[^a-z0-9]+/gi, "-")}-${viewport.width}`, testInfo);

  // axe cannot finish inside a frame whose scripts are off (the update's HTML preview, sandbox=""):
  // its timers never fire and the run hangs. So it runs in the page alone (legacy mode, no frames),
  // which still checks the frame element itself, its title included.
  const results = await new AxeBuilder({ page })
    .options({ iframes: false })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .setLegacyMode()
    .analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect.soft(violations, `${kind.name}: axe violations at ${viewport.width}×${viewport.height}:\n${violations.join("\n")}`).toEqual([]);

  const logged = [...new Set(errors)];
  expect.soft(logged, `${kind.name}: errors in the browser at ${viewport.width}×${viewport.height}:\n${logged.join("\n")}`).toEqual([]);
}

/** Console errors and uncaught exceptions, as they happen; `notFoundUrl`'s own 404 is expected. */
function collectErrors(page: Page, notFoundUrl: string | null): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url } = message.location();
    if (url === notFoundUrl && message.text().startsWith("Failed to load resource: the server responded with a status of 404")) return;
    errors.push(`console: ${message.text()}${url ? ` (${url})` : ""}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** What must be seen without scrolling on a campaign page, and is not (empty when all is there). */
async function missingFromFirstScreen(page: Page, slug: string, locale: Locale, viewport: Viewport): Promise<string[]> {
  const fullName = FULL_NAME_LABEL[locale];
  const { goal } = (await (await page.request.get(`/api/v1/campaigns/${slug}/count`)).json()) as { goal: number };
  const wanted = [
    { what: "the signature count (data-testid=signature-count)", locator: page.getByTestId("signature-count") },
    ...(goal > 0 ? [{ what: "the progress towards the goal (role progressbar)", locator: page.getByRole("progressbar") }] : []),
    // On a phone, a call to sign that leads to the form; on a laptop there is room for the form
    // itself beside the text, so signing starts in its first field, without a click.
    viewport.width >= 1280
      ? { what: `the sign form's first field (label “${fullName}”)`, locator: page.getByLabel(fullName, { exact: true }) }
      : {
          what: "a call to sign (a link or button named “Sign…”)",
          locator: page.getByRole("link", { name: SIGN[locale] }).or(page.getByRole("button", { name: SIGN[locale] })),
        },
  ];
  const scrollY = await page.evaluate(() => window.scrollY);
  const missing: string[] = [];
  for (const { what, locator } of wanted) {
    const boxes = [];
    for (const element of await locator.all()) {
      const box = (await element.isVisible()) ? await element.boundingBox() : null;
      if (box) boxes.push({ top: Math.round(box.y + scrollY), bottom: Math.round(box.y + box.height + scrollY) });
    }
    if (boxes.some((box) => box.top >= 0 && box.bottom <= viewport.height)) continue;
    const where = boxes.map((box) => `${box.top}–${box.bottom}px`).join(", ");
    missing.push(`${what}: ${where ? `at ${where} from the top` : "not on the page"}; the first screen ends at ${viewport.height}px`);
  }
  return missing;
}

/**
 * Null when the page is no wider than the window; otherwise how wide it is, the widest element that
 * sticks out, the one that reaches furthest, and those that stick out deepest first (the likeliest
 * culprits). Elements inside a box that scrolls or clips sideways are left out: they do not widen the page.
 */
async function sidewaysOverflow(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const limit = root.clientWidth;
    if (root.scrollWidth <= limit) return null;
    // A box is clipped by the scrolling boxes its containing blocks pass through. An absolutely
    // positioned one (a visually hidden label, say) skips static ancestors, scrolling or not, and
    // widens the page from inside a scrolling table when nothing between is positioned.
    const clipped = (element: Element) => {
      for (let box: Element | null = element; box && box !== document.body; ) {
        const position = getComputedStyle(box).position;
        if (position === "fixed") return false;
        let parent: Element | null = box.parentElement;
        while (position === "absolute" && parent && parent !== document.body && getComputedStyle(parent).position === "static") {
          parent = parent.parentElement;
        }
        if (!parent || parent === document.body) return false;
        if (getComputedStyle(parent).overflowX !== "visible") return true;
        box = parent;
      }
      return false;
    };
    const depth = (element: Element) => {
      let levels = 0;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) levels++;
      return levels;
    };
    const label = (element: Element) => {
      const box = element.getBoundingClientRect();
      const testId = element.getAttribute("data-testid");
      const classes = [...element.classList].map((name) => `.${name}`).join("");
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const name = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${classes}${testId ? `[data-testid=${testId}]` : ""}`;
      return `${name}${text ? ` “${text}”` : ""} (${Math.round(box.width)}px wide, right edge at ${Math.round(box.right)}px)`;
    };
    const sticking = [...document.body.querySelectorAll("*")].filter((element) => {
      const box = element.getBoundingClientRect();
      // Right to left, a page overflows on the left.
      return box.width > 0 && (box.right > limit + 0.5 || box.left < -0.5) && !clipped(element);
    });
    const size = `the page is ${root.scrollWidth}px wide in a ${limit}px window`;
    if (sticking.length === 0) return `${size}; no element sticks out (a margin or a pseudo-element may)`;
    const by = (size: (box: DOMRect) => number) => [...sticking].sort((a, b) => size(b.getBoundingClientRect()) - size(a.getBoundingClientRect()))[0];
    const deepest = [...new Set([...sticking].sort((a, b) => depth(b) - depth(a)).map(label))].slice(0, 5);
    return [
      size,
      `widest element sticking out: ${label(by((box) => box.width))}`,
      `reaching furthest: ${label(by((box) => box.right))}`,
      "sticking out, deepest first:",
      ...deepest.map((line, index) => `${index + 1}. ${line}`),
    ].join("\n");
  });
}

/** The whole page as an attachment of the test, and a copy under test-results/screenshots/. */
async function saveScreenshot(page: Page, file: string, testInfo: TestInfo): Promise<void> {
  const shot = testInfo.outputPath(`${file}.png`);
  await page.screenshot({ path: shot, fullPage: true });
  await testInfo.attach("screenshot", { path: shot, contentType: "image/png" });
  const shared = path.join(testInfo.project.outputDir, "screenshots");
  await mkdir(shared, { recursive: true });
  await copyFile(shot, path.join(shared, `${file}.png`));
}
