import { useTranslations } from "next-intl";

/** A speaker and their role as the sources describe it: "**Rama Yade**, former minister". */
export function SpeakerLine({ speaker }: { speaker: { name: string; role: string } }) {
  const t = useTranslations("events");
  return (
    <>
      {t.rich("shared.speakerLine", {
        name: speaker.name,
        role: speaker.role,
        isolate: (chunks) => <bdi>{chunks}</bdi>,
        strong: (chunks) => (
          <strong>
            <bdi>{chunks}</bdi>
          </strong>
        ),
      })}
    </>
  );
}
