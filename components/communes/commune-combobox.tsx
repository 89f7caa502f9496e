"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import type { CommuneOption } from "@/lib/communes/schema";
import { COMMUNE_SEARCH_MIN_LENGTH } from "@/lib/communes/schema";

type Props = {
  id: string;
  /** react-hook-form's registration of the municipality text (validation and the posted name). */
  registration: UseFormRegisterReturn<"municipality">;
  /** Sets the municipality text, through react-hook-form, when a commune is chosen. */
  onChoose: (name: string) => void;
  /** A French official: the list is offered. Otherwise the input stays a plain text field. */
  enabled: boolean;
  defaultValue?: string;
  /** The code chosen before the page came back (another field's error): still chosen. */
  defaultCode?: string;
  /** The communes a typed name may mean, from the server ("did you mean"): radio buttons. */
  choices?: CommuneOption[];
  describedBy?: string;
  invalid: boolean;
};

const SEARCH_DELAY_MS = 150;

/**
 * The municipality of a French official, chosen from the official list of communes (issue #14):
 * a WAI-ARIA 1.2 combobox (an input with a listbox popup, list autocomplete) whose options come
 * from GET /api/v1/communes as the signer types. Up and Down move through the options, Enter
 * chooses, Escape closes; a polite live region says how many communes were found. The chosen
 * INSEE code travels in `communeCode`. Without JavaScript it is a text input: the server finds the
 * commune by its name, or sends back the homonyms as radio buttons (`choices`) to choose from.
 */
export function CommuneCombobox({ id, registration, onChoose, enabled, defaultValue, defaultCode, choices, describedBy, invalid }: Props) {
  const t = useTranslations("signing.communePicker");
  const listboxId = useId();
  const [code, setCode] = useState(defaultCode ?? "");
  const [options, setOptions] = useState<CommuneOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announcement, setAnnouncement] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);
  const cache = useRef(new Map<string, CommuneOption[]>());
  const { onChange: registeredOnChange, ...registered } = registration;

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      request.current?.abort();
    },
    [],
  );

  const label = (commune: CommuneOption) =>
    t("option", { name: commune.name, departementCode: commune.departementCode, departementName: commune.departementName });

  const show = (found: CommuneOption[]) => {
    setOptions(found);
    setOpen(found.length > 0);
    setActive(-1);
    setAnnouncement(found.length === 0 ? t("noResults") : t("results", { count: found.length }));
  };

  const search = (text: string) => {
    clearTimeout(timer.current);
    request.current?.abort();
    const query = text.trim();
    if (query.length < COMMUNE_SEARCH_MIN_LENGTH) {
      setOptions([]);
      setOpen(false);
      setAnnouncement("");
      return;
    }
    const known = cache.current.get(query.toLowerCase());
    if (known) return show(known);
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/v1/communes?q=${encodeURIComponent(query)}`, { signal: controller.signal });
        if (!response.ok) throw new Error(String(response.status));
        const { communes } = (await response.json()) as { communes: CommuneOption[] };
        cache.current.set(query.toLowerCase(), communes);
        show(communes);
      } catch (error) {
        // A search that failed leaves the typed name, which the server resolves when the form is sent.
        if ((error as Error).name !== "AbortError") setAnnouncement(t("searchFailed"));
      }
    }, SEARCH_DELAY_MS);
  };

  const choose = (commune: CommuneOption) => {
    setCode(commune.code);
    onChoose(commune.name);
    setOpen(false);
    setActive(-1);
    setAnnouncement(t("chosen", { commune: label(commune) }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!enabled) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (options.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      if (!open) {
        setOpen(true);
        setActive(step === 1 ? 0 : options.length - 1);
        return;
      }
      setActive((current) => (current + step + options.length + (current < 0 && step < 0 ? 1 : 0)) % options.length);
    } else if (event.key === "Enter" && open && active >= 0) {
      // Chooses the commune; the form is sent by a second Enter.
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const optionId = (index: number) => `${listboxId}-option-${index}`;
  const choicesShown = choices && choices.length > 0;
  const codeAmongChoices = choicesShown && choices.some((choice) => choice.code === code);

  return (
    <div className="combobox">
      <input
        id={id}
        type="text"
        dir="auto"
        maxLength={120}
        autoComplete={enabled ? "off" : undefined}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        defaultValue={defaultValue}
        {...(enabled && {
          role: "combobox",
          "aria-autocomplete": "list" as const,
          "aria-expanded": open,
          "aria-controls": listboxId,
          "aria-activedescendant": open && active >= 0 ? optionId(active) : undefined,
        })}
        {...registered}
        onChange={(event) => {
          void registeredOnChange(event);
          // A name typed after choosing is a new search: the earlier choice no longer holds.
          setCode("");
          if (enabled) search(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          void registered.onBlur(event);
          setOpen(false);
        }}
      />
      {enabled && (
        <div id={listboxId} role="listbox" className="combobox-listbox" aria-label={t("listLabel")} hidden={!open}>
          {options.map((commune, index) => (
            // Options are never focused (the input keeps the focus and points at the active one with
            // aria-activedescendant); tabIndex -1 only says they are not in the tab order.
            <div
              key={commune.code}
              tabIndex={-1}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                choose(commune);
              }}
            >
              <bdi>{label(commune)}</bdi>
            </div>
          ))}
        </div>
      )}
      <div className="visually-hidden" role="status" aria-live="polite">
        {enabled ? announcement : ""}
      </div>
      {choicesShown && (
        <fieldset className="commune-choices" data-testid="commune-choices">
          <legend>{t("chooseLegend")}</legend>
          {choices.map((commune) => (
            <div className="checkbox" key={commune.code}>
              <input
                id={`${id}-choice-${commune.code}`}
                type="radio"
                name="communeCode"
                value={commune.code}
                checked={code === commune.code}
                onChange={() => {
                  setCode(commune.code);
                  onChoose(commune.name);
                }}
              />
              <label htmlFor={`${id}-choice-${commune.code}`}>
                <bdi>{label(commune)}</bdi>
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {code && !codeAmongChoices && <input type="hidden" name="communeCode" value={code} />}
    </div>
  );
}
