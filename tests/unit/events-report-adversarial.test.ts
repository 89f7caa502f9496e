import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import { isMainThread, parentPort, Worker } from "node:worker_threads";
import { draftEventFromReport } from "@/lib/events/import";
import { importReportSchema, REPORT_MAX } from "@/lib/events/schema";

// The report reader on texts made to be slow, at the longest text the import form accepts
// (issue #13, finding 2): a paste must not hold the server for seconds.
//
// Speed is measured in benchmarks, never as timed assertions, so this is a hang guard with a
// budget far from both sides (12 times the slowest linear read), not a benchmark. Each text is read in a worker thread that is
// stopped when it runs past BUDGET_MS: a read on the main thread could not be interrupted, and the
// quadratic reader would hang the suite. Measured at 100,000 characters on a two-core machine
// loaded by other work, the linear reader needed at most 410 ms for any text below, most of them
// under 100 ms. The quadratic one failed 12 of them: 6 s for letters then "! A" (11 s in the
// review), 30 s for a run of "!", "." or "…", 20 s for a new speaker in every sentence, and over
// ten minutes for a date line followed by em spaces (6 s at a tenth of the length). Comparing a
// quarter of the text with the whole (linear 4 times, quadratic 16) was tried and dropped: on a
// loaded machine, garbage collection alone took linear reads to 14 times.
const BUDGET_MS = 5_000;

const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Made by `make(i)` for i = 0, 1, 2 ... and cut at `length`: a text where every sentence differs. */
function numbered(length: number, make: (i: number) => string): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < length; i++) {
    parts.push(make(i));
    total += parts[i].length;
  }
  return parts.join("").slice(0, length);
}

/** Distinct letter-only names: "a", "b", ... "z", "ba", "bb" ... */
const letters = (i: number): string => (i < 26 ? "" : letters(Math.floor(i / 26))) + String.fromCharCode(97 + (i % 26));

/** `unit` repeated in paragraphs of about `size` characters: sentences short enough to be read for people and calls. */
const paragraphs = (unit: string, size: number) => (length: number) => numbered(length, () => `${fill(unit, size)}\n\n`);

const CASES: Record<string, (length: number) => string> = {
  "letters, then “! A”": (length) => `${"a".repeat(length - 3)}! A`,
  "letters, then “!”": (length) => `${"a".repeat(length - 1)}!`,
  "letters with dots (“a.a.a.”), then “! A”": (length) => `${fill("a.", length - 3)}! A`,
  "a run of “!” with no capital after it": (length) => `x${"!".repeat(length - 3)} a`,
  "a run of “.” with no capital after it": (length) => `x${".".repeat(length - 3)} a`,
  "a run of “…” with no capital after it": (length) => `x${"…".repeat(length - 3)} a`,
  "“x. Y” again and again: a sentence every five characters": (length) => fill("x. Y ", length),
  "initials and abbreviations: “A. B. Mr. C.”": (length) => fill("A. B. Mr. C. ", length),
  "one quotation the whole length": (length) => `He said: “${fill("we must act now and ", length - 11)}”`,
  "opening quotation marks that never close": (length) => fill("“a ", length),
  "capitalised words: one endless name": (length) => fill("Aaa Bbb Ccc ", length),
  "a different speaker in every sentence": (length) => numbered(length, (i) => `Ab${letters(i)} Cd${letters(i)} said the UN should act. `),
  "a different person named in passing in every sentence": (length) => numbered(length, (i) => `Ab${letters(i)} Cd${letters(i)} was there. `),
  "one person with a new role in every sentence": (length) => numbered(length, (i) => `Ab Cd, the founder of Qx${letters(i)}, said. `),
  "lists of titled names, a paragraph each": paragraphs("Senator Aa Bb of ", 1_900),
  "names between acronyms, a paragraph each": paragraphs("Aab Bcd UN ", 1_900),
  digits: (length) => "1".repeat(length),
  "dates and nothing else": (length) => fill("12 March ", length),
  "dates in a list": (length) => fill("on 12 March 2019, ", length),
  "anniversaries without a year": (length) => numbered(length, (i) => `The 1st anniversary of the x${letters(i)}. `),
  spaces: (length) => " ".repeat(length),
  "line breaks": (length) => "\n".repeat(length),
  "a word on each line": (length) => fill("word\n", length),
  "Persian and Arabic with vowel marks": (length) => fill("بِسْمِ اللَّهِ سلام دنیا ", length),
  "combining marks": (length) => fill("e\u0301", length),
  "a date line, then em spaces": (length) => `Aa, ${"\u2003".repeat(length - 5)}x`,
  "“do the same” after a sentence of “by”s and a “]”": (length) =>
    numbered(length, () => `The UN was designated ${fill("by by ", 1_800)}] x.\n\n${fill("we must do the same, ", 1_900)}.\n\n`),
  "“hearing of” again and again before a “;”": (length) => `The hearing of ${fill("Aaa hearing of ", length - 18)}; x`,
  "places (“in Aaa”), a paragraph each": paragraphs("in Aaa ", 1_900),
  "calls (“we should also”), a paragraph each": paragraphs("we should also ", 1_900),
  "news sentences again and again": (length) =>
    fill("The Council of Europe met in Paris on 3 March 2019. Senator Pietro Liuzzi said the UN should act. “We must,” he said. ", length),
};

/** Reads the texts in a worker thread, one at a time, and stops the worker when one runs past its budget. */
class HangGuard {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;

  private start(): Promise<void> {
    // The worker runs this file; tsx must be registered in it first, as in the test process.
    const tsx = import.meta.resolve("tsx/esm/api");
    const worker = new Worker(
      `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`,
      {
        eval: true,
      },
    );
    this.worker = worker;
    return new Promise((resolve, reject) => {
      worker.once("error", reject);
      worker.once("message", () => {
        worker.off("error", reject);
        resolve();
      });
    });
  }

  /** Milliseconds the read took, or null if it was still reading after `budget` (and the worker has been stopped). */
  async time(name: string, length: number, budget: number): Promise<number | null> {
    this.ready ??= this.start();
    await this.ready;
    const worker = this.worker!;
    let timer: NodeJS.Timeout | undefined;
    let answer: (ms: number) => void = () => {};
    let fail: (error: Error) => void = () => {};
    try {
      const ms = await new Promise<number | null>((resolve, reject) => {
        [answer, fail] = [resolve, reject];
        timer = setTimeout(() => resolve(null), budget);
        worker.once("message", answer);
        worker.once("error", fail);
        worker.postMessage({ name, length });
      });
      if (ms === null) await this.stop();
      return ms;
    } catch (error) {
      await this.stop();
      throw error;
    } finally {
      clearTimeout(timer);
      worker.off("message", answer);
      worker.off("error", fail);
    }
  }

  async stop() {
    await this.worker?.terminate();
    this.worker = null;
    this.ready = null;
  }
}

/** Milliseconds one read of `text` takes. */
function readTime(text: string): number {
  const started = performance.now();
  draftEventFromReport(text);
  return performance.now() - started;
}

if (isMainThread) {
  describe("a report made to be slow is read in linear time", () => {
    const guard = new HangGuard();
    after(() => guard.stop());

    test("each text but the blank ones is one the import form accepts", () => {
      for (const [name, make] of Object.entries(CASES)) {
        const text = make(REPORT_MAX);
        assert.equal(text.length, REPORT_MAX, name);
        if (text.trim()) assert.ok(importReportSchema.safeParse({ text }).success, name);
      }
    });

    for (const name of Object.keys(CASES)) {
      test(`${name}: read in under ${BUDGET_MS / 1000} s`, async (t) => {
        const ms = await guard.time(name, REPORT_MAX, BUDGET_MS);
        assert.ok(ms !== null, `still reading after ${BUDGET_MS / 1000} s: a rule reads the text more than once again`);
        t.diagnostic(`${ms.toFixed(0)} ms`);
      });
    }
  });
} else {
  // In the worker: warm up on every text at a twentieth of the length, say so, then read each text asked for.
  for (const make of Object.values(CASES)) readTime(make(REPORT_MAX / 20));
  parentPort!.on("message", ({ name, length }: { name: string; length: number }) => parentPort!.postMessage(readTime(CASES[name](length))));
  parentPort!.postMessage("ready");
}
