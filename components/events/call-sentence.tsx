import { type CallForSentence, callSentence } from "@/lib/events/call-sentence";

/** A call to action as one sentence, who called and who is called on in bold: the same on every page. */
export function CallSentence({ call }: { call: CallForSentence }) {
  const { speaker, opening, target, rest } = callSentence(call);
  return (
    <p>
      {speaker && <strong>{speaker}</strong>}
      {opening}
      {target && <strong>{target}</strong>}
      {rest}
    </p>
  );
}
