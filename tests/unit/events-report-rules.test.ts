import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { draftEventFromReport } from "@/lib/events/import";
import { readReport } from "@/lib/events/report/text";

// The report reader's rules one at a time, on short texts made for each: sentence splitting,
// dates, places, speakers and the forms a call to action takes.

const report = (headline: string, ...paragraphs: string[]) => [headline, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");
const draft = (...paragraphs: string[]) => draftEventFromReport(report("A headline about the event", ...paragraphs));

describe("sentences", () => {
  test("a stop after an abbreviation, an initial or an acronym does not end a sentence", () => {
    const read = readReport(
      report(
        "Headline",
        "Mr. Smith met Dr. Jones at the U.N. office in St. Louis on Oct. 3 with Robert F. Kennedy’s grandson. They talked for an hour. In the U.S. The debate goes on.",
      ),
    );
    assert.deepEqual(
      read.sentences.map((s) => s.text),
      [
        "Mr. Smith met Dr. Jones at the U.N. office in St. Louis on Oct. 3 with Robert F. Kennedy’s grandson.",
        "They talked for an hour.",
        "In the U.S.",
        "The debate goes on.",
      ],
    );
  });

  test("an ellipsis before a capital ends a sentence, inside a quotation too", () => {
    const read = readReport(report("Headline", "She said: “We need to investigate what we know… Khomeini is gone but the others are not.”"));
    assert.equal(read.sentences.length, 2);
    assert.deepEqual(read.sentences[1].quotations, ["Khomeini is gone but the others are not."]);
  });

  test("quotations are set apart from the reporter's words; scare quotes stay in them", () => {
    const [first, second] = readReport(
      report("Headline", "They called it a “crime against humanity” in their speech. “The Council must act before the summer,” he said."),
    ).sentences;
    assert.deepEqual(first.quotations, []);
    assert.match(first.narrative, /“crime against humanity”/);
    assert.deepEqual(second.quotations, ["The Council must act before the summer,"]);
    assert.equal(second.narrative, "“…” he said.");
  });

  test("the headline is the title, and a repeated headline is not read as the story", () => {
    const read = readReport("The headline\n\nThe headline\n\nThe story starts here. It goes on.");
    assert.equal(read.title, "The headline");
    assert.equal(read.sentences[0].text, "The story starts here.");
  });
});

describe("dates", () => {
  test("day month year, and month day, year", () => {
    assert.equal(draft("The conference was held in Lyon on 28 November 2017.").occurredOn, "2017-11-28");
    assert.equal(draft("The conference was held in Lyon on November 28, 2017.").occurredOn, "2017-11-28");
    assert.equal(draft("The conference was held in Lyon on Tuesday 28th of November 2017.").occurredOn, "2017-11-28");
  });

  test("a weekday and a day without a year take the year from elsewhere in the report", () => {
    const event = draft("The 2019 rally took place in Oslo on Saturday, July 27, despite the rain. It followed a march in 2018.");
    assert.equal(event.occurredOn, "2019-07-27");
    assert.match(event.dateNote, /2019/);
  });

  test("the event's date wins over the report's, which fills in a missing year", () => {
    const dateline = draftEventFromReport(
      report("Headline", "GENEVA, March 14, 2019 — Families met at a side event held in Geneva on March 12, 2019."),
    );
    assert.equal(dateline.occurredOn, "2019-03-12");
    assert.equal(dateline.sources[0].publishedOn, "2019-03-14");
    const header = draftEventFromReport(report("Headline", "Published 3 January 2020", "A vigil was held in Rome on 30 December."));
    assert.equal(header.occurredOn, "2019-12-30", "a day after the report's date was in the year before");
  });

  test("“on Sunday” is the Sunday before the report was published", () => {
    const event = draftEventFromReport(report("Headline", "Published Monday, 12 August 2019", "People held a vigil in Toronto on Sunday evening."));
    assert.equal(event.occurredOn, "2019-08-11");
    assert.match(event.dateNote, /Sunday/);
  });

  test("without a day, the date stays empty and the note says what the report gives", () => {
    const anniversary = draft("The 29th anniversary of the 1988 massacre was observed in a ceremony in Tirana, Albania.");
    assert.equal(anniversary.occurredOn, null);
    assert.match(anniversary.dateNote, /^2017\./);
    const none = draft("A ceremony was held in Tirana, Albania, attended by hundreds of people.");
    assert.equal(none.occurredOn, null);
    assert.equal(none.dateNote, "The report gives no date.");
  });

  test("a weekday that does not match the date is pointed out", () => {
    assert.match(draft("The meeting was held in Rome on Monday, 28 November 2017.").dateNote, /was a Tuesday/);
  });
});

describe("places and hosts", () => {
  test("the venue of the event, with its town", () => {
    assert.equal(draft("The forum was held at the Palais des Nations in Geneva on 3 May 2019.").place, "Palais des Nations, Geneva");
    assert.equal(draft("Hundreds of people gathered in Brussels, Belgium, on 3 May 2019.").place, "Brussels, Belgium");
    assert.equal(draft("The Municipality of Lyon held a conference at the Town Hall on 3 May 2019.").place, "Town Hall, Lyon");
  });

  test("a place that is what the event was about is not where it was held", () => {
    assert.equal(draft("Victims of executions in Iran were remembered at a ceremony held in Oslo on 3 May 2019.").place, "Oslo");
  });

  test("a headline naming another town than the story is noted", () => {
    const event = draftEventFromReport(report("Ceremony in Paris honours victims", "A ceremony was held in Tirana, Albania, attended by hundreds."));
    assert.equal(event.place, "Tirana, Albania");
    assert.match(event.placeNote ?? "", /headline places the event in Paris/);
  });

  test("the host: who held it, who invited, who co-sponsored", () => {
    const event = draft(
      "The City Council of Lyon held a conference at the Town Hall on 3 May 2019.",
      "Invited by Anne Martin, Mayor of Lyon, the conference was co-sponsored by the Lyon Bar and the Rights League.",
    );
    assert.equal(
      event.host,
      "The City Council of Lyon; at the invitation of Anne Martin, Mayor of Lyon; co-sponsored by the Lyon Bar and the Rights League",
    );
    assert.equal(draft("About two hundred people held a vigil in Oslo on 3 May 2019.").host, "Not named in the report");
  });
});

describe("speakers", () => {
  test("roles written before or after a name, and titles that are roles", () => {
    const event = draft(
      "Speakers included former French Foreign Minister Jean Dupont, Senator Maria Rossi, and Ahmed Karimi of the Bar Association.",
      "Lucia Fernandez, a lawyer with the Rights League, said the case was clear. Sir Tom Hale told the meeting it was time.",
    );
    assert.deepEqual(event.speakers, [
      { name: "Jean Dupont", role: "Former French Foreign Minister" },
      { name: "Maria Rossi", role: "Senator" },
      { name: "Ahmed Karimi", role: "Of the Bar Association" },
      { name: "Lucia Fernandez", role: "Lawyer with the Rights League" },
      // A courtesy title is not a role: the organizer fills it in.
      { name: "Tom Hale", role: "" },
    ]);
  });

  test("people who are only mentioned, or named inside a role or a quotation, are not speakers", () => {
    const event = draft(
      "Kerry Lane, daughter of the late Senator Robert Lane, said: “Hassan Rouhani said nothing about it.”",
      "The executions followed a fatwa by Ayatollah Ruhollah Khomeini, the founder of the regime.",
    );
    assert.deepEqual(
      event.speakers.map((s) => s.name),
      ["Kerry Lane"],
    );
  });
});

describe("calls to action", () => {
  const callsOf = (...paragraphs: string[]) => draft(...paragraphs).callsToAction.map(({ speaker, target, action }) => ({ speaker, target, action }));

  test("called on / urged / appealed to / asked someone to do something", () => {
    assert.deepEqual(callsOf("Anne Martin said the law was unjust. She called on the Interior Ministry to open an inquiry into the attack."), [
      { speaker: "Anne Martin", target: "Interior Ministry", action: "Open an inquiry into the attack" },
    ]);
    assert.deepEqual(callsOf("Amnesty International appealed to the authorities to release the detainees."), [
      { speaker: null, target: "Authorities", action: "Release the detainees" },
    ]);
  });

  test("called for something, demanded that something be done", () => {
    assert.deepEqual(callsOf("Anne Martin called for the formation of a commission of inquiry and said she would return."), [
      { speaker: "Anne Martin", target: "Not named in the report", action: "Form a commission of inquiry" },
    ]);
    assert.deepEqual(callsOf("The families demanded that the prisoners be released at once."), [
      { speaker: null, target: "Not named in the report", action: "Release the prisoners at once" },
    ]);
  });

  test("should/must directed at an institution, in the speaker's words", () => {
    assert.deepEqual(callsOf("Anne Martin, a lawyer, spoke first. “The European Union must suspend the agreement,” she said."), [
      { speaker: "Anne Martin", target: "European Union", action: "Suspend the agreement" },
    ]);
    assert.deepEqual(callsOf("Anne Martin, a lawyer, spoke first. “We must stand with the families,” she said."), [
      { speaker: "Anne Martin", target: "Not named in the report (the speaker said “we”)", action: "Stand with the families" },
    ]);
  });

  test("sentences that only look like calls are left out", () => {
    assert.deepEqual(
      callsOf(
        "No government should ignore this. It has to stop. She was asked to speak. We must do it. They had to leave the country.",
        "The speakers said it would be hard.",
      ),
      [],
    );
  });
});

test("a report with no headline, no date and no one named still gives a draft to fill in", () => {
  const event = draftEventFromReport("Something happened somewhere and people were unhappy about it for a long time afterwards.");
  assert.equal(event.title.length > 0, true);
  assert.equal(event.occurredOn, null);
  assert.equal(event.place, "Not named in the report");
  assert.deepEqual(event.speakers, []);
  assert.deepEqual(event.callsToAction, []);
  assert.equal(event.sources[0].text, "Something happened somewhere and people were unhappy about it for a long time afterwards.");
});
