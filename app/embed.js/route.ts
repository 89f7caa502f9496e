import { EMBED_RESIZE_MESSAGE } from "@/components/embed/embed-messages";
import { translatorFor } from "@/lib/i18n/translator";
import { DEFAULT_LOCALE, LOCALES, localePath } from "@/lib/i18n/routing";
import { SLUG_PATTERN } from "@/lib/validation/slug";

// The organizers' one-line snippet:
//   <script src="https://petitions.example/embed.js" data-campaign="campaign-slug" async></script>
// writes an iframe of /embed/campaigns/{slug} right after itself and fits its height to the
// widget's content. It takes the app's address from its own src, so one file serves every host.
// `data-lang="fr"` (or "fa", "en") shows the widget in that language: /fr/embed/campaigns/{slug};
// without it, or with a language the platform does not speak, the widget is in English, as before.
export const dynamic = "force-static";

/** A root translator with plain string keys (catalog keys built from data are not literal types). */
type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** Each language's path prefix ("" for English) and the frame's name until the widget reports its title. */
const LANGUAGES = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    { prefix: localePath(locale, "/").replace(/\/$/, ""), title: (translatorFor(locale) as unknown as Translate)("campaign.embed.frameTitle") },
  ]),
);

const SCRIPT = `(function () {
  "use strict";
  var SLUG = ${SLUG_PATTERN};
  var LANGUAGES = ${JSON.stringify(LANGUAGES)};
  var scripts = document.currentScript ? [document.currentScript] : document.querySelectorAll("script[data-campaign]");
  for (var i = 0; i < scripts.length; i++) embed(scripts[i]);

  function embed(script) {
    if (script.hasAttribute("data-embedded")) return;
    script.setAttribute("data-embedded", "");
    var slug = script.getAttribute("data-campaign") || "";
    if (!SLUG.test(slug)) {
      console.warn("embed.js: data-campaign must be a campaign slug, e.g. data-campaign=\\"my-campaign\\"");
      return;
    }
    var lang = (script.getAttribute("data-lang") || "").trim().toLowerCase();
    var language = Object.prototype.hasOwnProperty.call(LANGUAGES, lang) ? LANGUAGES[lang] : LANGUAGES[${JSON.stringify(DEFAULT_LOCALE)}];
    var origin = new URL(script.src, location.href).origin;
    var frame = document.createElement("iframe");
    frame.src = origin + language.prefix + "/embed/campaigns/" + slug;
    frame.title = language.title;
    frame.setAttribute("allow", "clipboard-write");
    frame.style.cssText = "display:block;width:100%;max-width:36rem;height:40rem;border:1px solid #b1b4b6;";
    script.parentNode.insertBefore(frame, script.nextSibling);

    window.addEventListener("message", function (event) {
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.type !== ${JSON.stringify(EMBED_RESIZE_MESSAGE)}) return;
      if (typeof data.height === "number" && isFinite(data.height)) {
        frame.style.height = Math.min(Math.max(Math.ceil(data.height), 150), 5000) + "px";
      }
      if (typeof data.title === "string" && data.title) frame.title = data.title.slice(0, 200);
    });
  }
})();
`;

export function GET() {
  return new Response(SCRIPT, {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      // Short enough that a fix reaches organizers' pages within the hour.
      "Cache-Control": "public, max-age=3600",
    },
  });
}
