import type { Locale } from "./routing";
import en_common from "./messages/en/common.json" with { type: "json" };
import en_signing from "./messages/en/signing.json" with { type: "json" };
import en_campaign from "./messages/en/campaign.json" with { type: "json" };
import en_events from "./messages/en/events.json" with { type: "json" };
import en_editor from "./messages/en/editor.json" with { type: "json" };
import en_organizer from "./messages/en/organizer.json" with { type: "json" };
import en_auth from "./messages/en/auth.json" with { type: "json" };
import en_privacy from "./messages/en/privacy.json" with { type: "json" };
import en_register from "./messages/en/register.json" with { type: "json" };
import en_delivery from "./messages/en/delivery.json" with { type: "json" };
import fr_common from "./messages/fr/common.json" with { type: "json" };
import fr_signing from "./messages/fr/signing.json" with { type: "json" };
import fr_campaign from "./messages/fr/campaign.json" with { type: "json" };
import fr_events from "./messages/fr/events.json" with { type: "json" };
import fr_editor from "./messages/fr/editor.json" with { type: "json" };
import fr_organizer from "./messages/fr/organizer.json" with { type: "json" };
import fr_auth from "./messages/fr/auth.json" with { type: "json" };
import fr_privacy from "./messages/fr/privacy.json" with { type: "json" };
import fr_register from "./messages/fr/register.json" with { type: "json" };
import fr_delivery from "./messages/fr/delivery.json" with { type: "json" };
import fa_common from "./messages/fa/common.json" with { type: "json" };
import fa_signing from "./messages/fa/signing.json" with { type: "json" };
import fa_campaign from "./messages/fa/campaign.json" with { type: "json" };
import fa_events from "./messages/fa/events.json" with { type: "json" };
import fa_editor from "./messages/fa/editor.json" with { type: "json" };
import fa_organizer from "./messages/fa/organizer.json" with { type: "json" };
import fa_auth from "./messages/fa/auth.json" with { type: "json" };
import fa_privacy from "./messages/fa/privacy.json" with { type: "json" };
import fa_register from "./messages/fa/register.json" with { type: "json" };
import fa_delivery from "./messages/fa/delivery.json" with { type: "json" };

// The message catalogs (issue #12), one JSON file per language and area, so that the areas of the
// platform are translated apart: common (the frame of every page), signing (sign, confirm, withdraw,
// unsubscribe, the signer's emails), campaign (the public campaign pages and the widget), events,
// editor (an organizer's campaign pages), organizer (the rest of the organizer area), auth
// (signing in), privacy (the privacy notices, issue #13), register (the national register of elected officials, issue #14) and delivery (the delivery packs, issue #14). Each file's keys live under its area's name: `t("signing.confirm.title")`.
// tests/unit/i18n-catalogs.test.ts checks that every language has every key of the others.

export const NAMESPACES = ["common", "signing", "campaign", "events", "editor", "organizer", "auth", "privacy", "register", "delivery"] as const;
export type Namespace = (typeof NAMESPACES)[number];

export type Messages = Record<Namespace, Record<string, unknown>>;

export const CATALOGS: Record<Locale, Messages> = {
  en: {
    common: en_common,
    signing: en_signing,
    campaign: en_campaign,
    events: en_events,
    editor: en_editor,
    organizer: en_organizer,
    auth: en_auth,
    privacy: en_privacy,
    register: en_register,
    delivery: en_delivery,
  },
  fr: {
    common: fr_common,
    signing: fr_signing,
    campaign: fr_campaign,
    events: fr_events,
    editor: fr_editor,
    organizer: fr_organizer,
    auth: fr_auth,
    privacy: fr_privacy,
    register: fr_register,
    delivery: fr_delivery,
  },
  fa: {
    common: fa_common,
    signing: fa_signing,
    campaign: fa_campaign,
    events: fa_events,
    editor: fa_editor,
    organizer: fa_organizer,
    auth: fa_auth,
    privacy: fa_privacy,
    register: fa_register,
    delivery: fa_delivery,
  },
};
