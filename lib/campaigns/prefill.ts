import type { EventCallToAction } from "@/lib/db/schema";

// A campaign started from a call to action made at an event (issue #3): the call's target becomes
// the decision makers and its action the statement, which the organizer then corrects. The
// reported sentence follows, so the statement shows where the demand comes from.

export type CampaignPrefill = { title: string; statement: string; decisionMakers: string[] };

type Call = Pick<EventCallToAction, "target" | "action" | "quote">;

// Targets that the reports write without "the" but a sentence needs it for: "We call on the UN
// Security Council", "…on the European Parliament".
const TAKES_ARTICLE = /^(?:[A-Z]{2,}\b|United\b|European\b|International\b|National\b|French\b|Iranian\b|Security\b|Government\b|Parliament\b)/;

export function prefillFromCall(call: Call): CampaignPrefill {
  const target = call.target.trim();
  const action = call.action.trim().replace(/[.\s]+$/, "");
  const named = !/^not named/i.test(target) && target !== "";
  const addressee = named ? (TAKES_ARTICLE.test(target) ? `the ${target}` : target) : "the authorities";
  const statement = `We call on ${addressee} to ${lowerFirst(action)}.`;
  const quote = call.quote.trim();
  return {
    title: action,
    statement: quote ? `${statement}\n\n“${quote.replace(/^[“"]|[”"]$/g, "")}”` : statement,
    decisionMakers: named ? splitTargets(target) : [],
  };
}

// "UN Human Rights Council and UN High Commissioner for Human Rights" names two bodies; "United
// Nations and its Member States" names one phrase, so parts are split only when each is a name.
function splitTargets(target: string): string[] {
  const parts = target
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length > 1 && parts.every((part) => /^[A-Z]/.test(part)) ? parts : [target];
}

function lowerFirst(text: string): string {
  // "UN", "ICC": an acronym keeps its capitals.
  if (/^[A-Z]{2,}\b/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
