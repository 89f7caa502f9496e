"use client";

import { useEffect, useState } from "react";
import type { Tally } from "@/lib/tallies/queries";
import { CampaignProgress } from "./campaign-progress";

// The count endpoint is at most a second old and answers 304 to a matching If-None-Match, so a
// poll every five seconds from every open widget costs the server next to nothing.
const POLL_INTERVAL_MS = 5_000;

type CountJson = {
  goal: number;
  signatureCount: number;
  onlineSignatureCount: number;
  offlineSignatureCount: number;
  updatedAt: string;
};

type Props = {
  slug: string;
  goal: number;
  /** The count the server rendered; replaced by fresher ones as they arrive. */
  tally: Tally;
  /** The campaign's milestones after the goal (see lib/tallies/milestones.ts). */
  milestones?: readonly number[];
  headingLevel?: "h2" | "h3" | "p";
};

/**
 * The campaign's count and progress bar, kept current by polling the count endpoint while the page
 * is visible. Changes are deliberately not announced (no aria-live): a busy campaign would talk
 * over everything else every few seconds. Screen reader users read the current figure when they
 * reach it.
 */
export function LiveCount({ slug, goal, tally, milestones, headingLevel }: Props) {
  const [latest, setLatest] = useState({ goal, tally });
  // A fresh server render (after router.refresh or a revalidation) brings a new tally prop.
  const [rendered, setRendered] = useState(tally);
  if (tally !== rendered) {
    setRendered(tally);
    if (isNewer(tally, latest.tally)) setLatest({ goal, tally });
  }

  useEffect(() => {
    const url = `/api/v1/campaigns/${encodeURIComponent(slug)}/count`;
    let etag: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight: AbortController | undefined;

    const visible = () => document.visibilityState === "visible";

    async function poll() {
      clearTimeout(timer);
      inFlight?.abort();
      const controller = new AbortController();
      inFlight = controller;
      try {
        const response = await fetch(url, {
          headers: etag ? { "If-None-Match": etag } : {},
          cache: "no-store",
          signal: controller.signal,
        });
        if (response.status === 200) {
          const json = (await response.json()) as CountJson;
          etag = response.headers.get("ETag");
          const polled: Tally = {
            total: json.signatureCount,
            online: json.onlineSignatureCount,
            offline: json.offlineSignatureCount,
            updatedAt: new Date(json.updatedAt),
          };
          setLatest((current) => (isNewer(polled, current.tally) ? { goal: json.goal, tally: polled } : current));
        }
      } catch {
        // Offline for a moment, or aborted: keep showing the last count.
      }
      // An aborted poll was replaced by a newer one, which schedules the next itself.
      if (!controller.signal.aborted && visible()) timer = setTimeout(poll, POLL_INTERVAL_MS);
    }

    function onVisibilityChange() {
      if (visible()) {
        // Back on screen: the count may be minutes old, so fetch it now.
        void poll();
      } else {
        clearTimeout(timer);
        inFlight?.abort();
      }
    }

    document.addEventListener("visibilitychange", onVisibilityChange);
    // The server-rendered count may come from a cached page: refresh it once straight away.
    if (visible()) void poll();
    return () => {
      document.removeEventListener("visibilitychange", onVisibilityChange);
      clearTimeout(timer);
      inFlight?.abort();
    };
  }, [slug]);

  return <CampaignProgress tally={latest.tally} goal={latest.goal} milestones={milestones} headingLevel={headingLevel} />;
}

// Each instance caches the count for a second, so a poll can answer with an older figure than the
// page was rendered with (just after a confirmation, say). The tally's updatedAt only moves
// forward, so the newer snapshot wins and the count never steps back to a stale value.
function isNewer(candidate: Tally, current: Tally): boolean {
  return new Date(candidate.updatedAt).getTime() >= new Date(current.updatedAt).getTime();
}
