import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { actionPhrase, callSentence, callSentenceText, targetPhrase } from "@/lib/events/call-sentence";
import { draftEventFromReport } from "@/lib/events/import";
import { withoutDateline } from "@/lib/events/report/text";

// What an imported draft reads like, and how a call to action reads on the event pages (issue #11):
// the summary starts with the story, not its dateline; a quotation ends as a sentence; a date the
// report states needs no note; a call is one grammatical sentence, the same on every page.

const report = (headline: string, ...paragraphs: string[]) => [headline, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

describe("the summary leaves the dateline out", () => {
  test("a place and a date, in capitals or not, with a dash or two", () => {
    const lisbon = draftEventFromReport(
      report("Lisbon conference", "LISBON, 14 March 2024 — More than 300 people gathered at the City Hall on 12 March 2024. They asked for answers."),
    );
    assert.equal(lisbon.summary, "More than 300 people gathered at the City Hall on 12 March 2024. They asked for answers.");
    assert.equal(lisbon.occurredOn, "2024-03-12", "the dateline still dates the report, not the event");
    const lowerCase = draftEventFromReport(report("Lisbon conference", "Lisbon, 14 March 2024 -- More than 300 people gathered at the City Hall."));
    assert.equal(lowerCase.summary, "More than 300 people gathered at the City Hall.");
  });

  test("a place alone in capitals, a place with its state, a news agency", () => {
    assert.equal(withoutDateline("NAIROBI — Families gathered at the theatre."), "Families gathered at the theatre.");
    assert.equal(withoutDateline("WASHINGTON, D.C., Oct. 4, 2019 — Advocates met."), "Advocates met.");
    assert.equal(withoutDateline("GENEVA, March 14, 2019 – Relatives spoke."), "Relatives spoke.");
    assert.equal(withoutDateline("Paris (AFP) - Mayors met at the town hall."), "Mayors met at the town hall.");
  });

  test("a sentence's own dash is not a dateline", () => {
    const sentence = "Speakers - among them two mayors - called for an inquiry.";
    assert.equal(withoutDateline(sentence), sentence);
    const draft = draftEventFromReport(report("Rally in Oslo", sentence));
    assert.equal(draft.summary, sentence);
  });

  test("a dateline in lower case after it leaves the summary starting with a capital", () => {
    const draft = draftEventFromReport(report("Vigil", "OSLO, 3 May 2019 — about two hundred people held a vigil on 2 May 2019."));
    assert.equal(draft.summary, "About two hundred people held a vigil on 2 May 2019.");
  });
});

describe("a quotation cut where its speaker is named ends as a sentence", () => {
  test("the comma before “he said” becomes a full stop", () => {
    const draft = draftEventFromReport(
      report(
        "Rally in Brussels",
        "Aline Dubois, a Belgian lawyer, spoke at the rally in Brussels on 3 May 2019.",
        "“National prosecutors should open investigations under universal jurisdiction,” she said.",
      ),
    );
    const call = draft.callsToAction.find((found) => /universal jurisdiction/.test(found.quote));
    assert.ok(call, JSON.stringify(draft.callsToAction));
    assert.equal(call.quote, "National prosecutors should open investigations under universal jurisdiction.");
  });

  test("a quotation that ends as a sentence keeps its own stop", () => {
    const draft = draftEventFromReport(
      report(
        "Vigil in Toronto",
        "Leila Karimova spoke at the vigil in Toronto on 11 August 2019.",
        "“We ask the Canadian government to demand his release.”",
      ),
    );
    assert.deepEqual(
      draft.callsToAction.map((call) => call.quote),
      ["We ask the Canadian government to demand his release."],
    );
  });
});

describe("the date note", () => {
  test("is empty when the report states the day in full", () => {
    const draft = draftEventFromReport(report("Conference in Lyon", "The conference was held in Lyon on 28 November 2017."));
    assert.equal(draft.occurredOn, "2017-11-28");
    assert.equal(draft.dateNote, "");
  });

  test("says how the day was worked out, or where it does not add up", () => {
    const sunday = draftEventFromReport(report("Vigil", "Published Monday, 12 August 2019", "People held a vigil in Toronto on Sunday evening."));
    assert.equal(sunday.occurredOn, "2019-08-11");
    assert.match(sunday.dateNote, /“Sunday” in the report/);
    const mismatch = draftEventFromReport(report("Meeting", "The meeting was held in Rome on Monday, 28 November 2017."));
    assert.equal(mismatch.dateNote, "The report says Monday, but 28 November 2017 was a Tuesday; check the sources.");
  });

  test("still says what the report gives when there is no exact day", () => {
    const draft = draftEventFromReport(
      report("Ceremony", "The 29th anniversary of the 1988 massacre was observed in a ceremony in Tirana, Albania."),
    );
    assert.equal(draft.occurredOn, null);
    assert.match(draft.dateNote, /^2017\./);
  });
});

describe("a call to action as one sentence", () => {
  test("an institution takes “the”, and the action starts in lower case", () => {
    assert.equal(
      callSentenceText({ speaker: "Maryam Rajavi", target: "UN Security Council", action: "Refer the dossier to the International Criminal Court" }),
      "Maryam Rajavi called on the UN Security Council to refer the dossier to the International Criminal Court.",
    );
  });

  test("each institution of a list takes its article", () => {
    assert.equal(
      targetPhrase("UN Human Rights Council and UN High Commissioner for Human Rights"),
      "the UN Human Rights Council and the UN High Commissioner for Human Rights",
    );
    assert.equal(targetPhrase("Our governments and EU"), "our governments and the EU");
    assert.equal(targetPhrase("United Nations and its Member States"), "the United Nations and its Member States");
  });

  test("names, countries and acronyms said without an article keep their form", () => {
    for (const target of ["Europe", "Canada", "Global Affairs Canada", "German companies", "European broadcasters", "Congress"]) {
      assert.equal(targetPhrase(target), target);
    }
    assert.equal(targetPhrase("Secretary-General António Guterres"), "Secretary-General António Guterres");
  });

  test("offices and bodies named by their role take “the” and keep their capitals", () => {
    assert.equal(targetPhrase("Director of Public Prosecutions"), "the Director of Public Prosecutions");
    assert.equal(targetPhrase("Inspector General"), "the Inspector General");
    assert.equal(
      targetPhrase("Working Group on Enforced or Involuntary Disappearances"),
      "the Working Group on Enforced or Involuntary Disappearances",
    );
    assert.equal(targetPhrase("U.S. Congress"), "the U.S. Congress");
    assert.equal(targetPhrase("UK"), "the UK");
  });

  test("common nouns capitalised only because the field starts with them go to lower case", () => {
    assert.equal(targetPhrase("Authorities"), "the authorities");
    assert.equal(targetPhrase("International community"), "the international community");
    assert.equal(targetPhrase("National prosecutors"), "national prosecutors");
    assert.equal(
      targetPhrase("Governments (the speaker's and his audience's) and the European Union"),
      "governments (the speaker's and his audience's) and the European Union",
    );
    assert.equal(targetPhrase("Every car maker with a factory in Xinjiang"), "every car maker with a factory in Xinjiang");
  });

  test("an action keeps an acronym or a name that opens it, and ends with one full stop", () => {
    assert.equal(actionPhrase("UN observers to be sent"), "UN observers to be sent.");
    assert.equal(
      actionPhrase("Designate the IRGC as a terrorist entity, as the U.S. did"),
      "designate the IRGC as a terrorist entity, as the U.S. did.",
    );
    assert.equal(actionPhrase("Follow the example of the U.S."), "follow the example of the U.S.", "the abbreviation's stop ends the sentence");
    assert.equal(actionPhrase("Give priority to human rights."), "give priority to human rights.");
    assert.equal(actionPhrase("Work harder,"), "work harder.");
  });

  test("a call on no one named, on “we”, or made by no named speaker", () => {
    assert.equal(
      callSentenceText({ speaker: "Ingrid Betancourt", target: "Not named in the report", action: "Put those responsible on trial" }),
      "Ingrid Betancourt called to put those responsible on trial.",
    );
    assert.equal(
      callSentenceText({
        speaker: "Paul Lemaire",
        target: "Not named in the report (the speaker said “we”)",
        action: "Be the voice of the survivors",
      }),
      "Paul Lemaire said “we” should be the voice of the survivors.",
    );
    assert.equal(
      callSentenceText({ speaker: null, target: "French government", action: "Support the creation of a tribunal" }),
      "The report records a call on the French government to support the creation of a tribunal.",
    );
    assert.equal(
      callSentenceText({ speaker: null, target: "Not named in the report", action: "Open an inquest into every death in custody" }),
      "The report records a call to open an inquest into every death in custody.",
    );
  });

  test("who called and who is called on are apart, for the pages to set in bold", () => {
    assert.deepEqual(callSentence({ speaker: "Pietro Liuzzi", target: "Europe", action: "Designate the IRGC" }), {
      speaker: "Pietro Liuzzi",
      opening: " called on ",
      target: "Europe",
      rest: " to designate the IRGC.",
    });
    assert.equal(callSentence({ speaker: "Ingrid Betancourt", target: "UN", action: "Play its role" }).opening, " called on the ");
  });
});
