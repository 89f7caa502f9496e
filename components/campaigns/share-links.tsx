"use client";

import { useTranslations } from "next-intl";
import { useState, useSyncExternalStore } from "react";

type Props = {
  /** The absolute address of the campaign page. */
  url: string;
  title: string;
  /** Names the list for screen readers. */
  label?: string;
};

type CopyState = "idle" | "copied" | "failed";

/**
 * The campaign address tagged with where it was shared, so that signatures arriving through it can
 * later be attributed (utm_source names the channel, utm_medium is always "share").
 */
function taggedShareUrl(url: string, source: string): string {
  const tagged = new URL(url);
  tagged.searchParams.set("utm_source", source);
  tagged.searchParams.set("utm_medium", "share");
  return tagged.toString();
}

/** Copy link, email, WhatsApp, X and Facebook. Without JavaScript, "copy" is a plain link to copy. */
export function ShareLinks({ url, title, label }: Props) {
  const t = useTranslations("campaign.share");
  const canCopy = useSyncExternalStore(subscribeToNothing, clipboardAvailable, () => false);
  const [copyState, setCopyState] = useState<CopyState>("idle");
  const copyUrl = taggedShareUrl(url, "copy");

  async function copy() {
    try {
      await navigator.clipboard.writeText(copyUrl);
      setCopyState("copied");
    } catch {
      // Refused, e.g. in a frame that was not allowed clipboard-write: offer the link itself.
      setCopyState("failed");
    }
  }

  const channels = [
    {
      key: "email",
      name: t("email"),
      label: t("byEmail"),
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${taggedShareUrl(url, "email")}`)}`,
      newTab: false,
    },
    {
      key: "whatsapp",
      name: "WhatsApp",
      label: t("onWhatsApp"),
      href: withQuery("https://wa.me/", { text: `${title} ${taggedShareUrl(url, "whatsapp")}` }),
      newTab: true,
    },
    {
      key: "x",
      name: "X",
      label: t("onX"),
      href: withQuery("https://x.com/intent/tweet", { text: title, url: taggedShareUrl(url, "x") }),
      newTab: true,
    },
    {
      key: "facebook",
      name: "Facebook",
      label: t("onFacebook"),
      href: withQuery("https://www.facebook.com/sharer/sharer.php", { u: taggedShareUrl(url, "facebook") }),
      newTab: true,
    },
  ];

  return (
    <div className="share">
      <ul className="share-links" aria-label={label ?? t("label")}>
        <li>
          {canCopy && copyState !== "failed" ? (
            <button type="button" className="share-link" onClick={copy}>
              {t("copy")}
            </button>
          ) : (
            <a className="share-link" href={copyUrl}>
              {t("link")}
            </a>
          )}
        </li>
        {channels.map((channel) => (
          <li key={channel.key}>
            <a
              className="share-link"
              href={channel.href}
              aria-label={channel.label}
              {...(channel.newTab ? { target: "_blank", rel: "noopener noreferrer" } : {})}
            >
              {channel.name}
            </a>
          </li>
        ))}
      </ul>
      <p className="share-status" role="status">
        {copyState === "copied" && t("copied")}
        {copyState === "failed" && t("copyFailed")}
      </p>
    </div>
  );
}

function withQuery(base: string, params: Record<string, string>): string {
  return `${base}?${new URLSearchParams(params).toString()}`;
}

const subscribeToNothing = () => () => {};
const clipboardAvailable = () => typeof navigator !== "undefined" && !!navigator.clipboard?.writeText;
