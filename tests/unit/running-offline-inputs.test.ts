import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { confirmationRate, formatRate } from "@/lib/dashboard/figures";
import { readUpload } from "@/lib/offline/read-upload";
import { importPaperSchema, MAX_PAPER_FILE_BYTES, paperFileSchema, recordTallySchema } from "@/lib/offline/schema";
import { lazyFile } from "../fixtures/lazy-file";
import { inEnglish as english } from "../fixtures/english";

const MB = 1024 * 1024;

// Messages are catalog keys (issue #12): read in English, as the organizer pages show them by default.

describe("the paper-signature file field (checked in the browser and on the server)", () => {
  const messageOf = (value: unknown) => {
    const result = paperFileSchema.safeParse(value);
    assert.ok(!result.success);
    return english(result.error.issues[0].message);
  };

  test("a 50 MB file is refused by its size alone, with the limit in the message", () => {
    assert.equal(messageOf(lazyFile(0, 50 * MB).file), "The file is 50 MB; at most 5 MB can be imported at once. Split it into smaller files.");
    assert.equal(paperFileSchema.safeParse(lazyFile(MAX_PAPER_FILE_BYTES).file).success, true, "exactly 5 MB is allowed");
  });

  test("no file, an empty file, or something that is not a file is refused", () => {
    assert.equal(messageOf(undefined), "Choose a CSV file of paper signatures");
    assert.equal(messageOf("file.csv"), "Choose a CSV file of paper signatures");
    assert.equal(messageOf(new File([], "")), "Choose a CSV file of paper signatures", "what a form sends when no file was chosen");
    assert.equal(messageOf(new File([], "empty.csv")), "The file is empty.");
  });

  test("a browser FileList is read as its first file", () => {
    const file = new File(["full_name\nAda\n"], "paper.csv");
    const fileList = { length: 1, item: (i: number) => (i === 0 ? file : null), 0: file };
    assert.equal(paperFileSchema.safeParse(fileList).data, file);
    assert.equal(messageOf({ length: 0, item: () => null }), "Choose a CSV file of paper signatures");
  });

  test("the import form needs a source title and a description", () => {
    const result = importPaperSchema.safeParse({ campaignSlug: "c", sourceTitle: " ", description: "", file: new File(["x"], "a.csv") });
    assert.deepEqual(
      result.error?.issues.map((issue) => issue.path[0]),
      ["sourceTitle", "description"],
    );
  });
});

describe("reading an upload", () => {
  test("a file that claims more than the limit is not read at all", async () => {
    const { file, pulled } = lazyFile(50 * MB);
    assert.deepEqual(await readUpload(file, MAX_PAPER_FILE_BYTES), { ok: false, tooLarge: true });
    assert.equal(pulled.bytes, 0);
  });

  test("a file that lies about its size is read only up to just past the limit", async () => {
    const { file, pulled } = lazyFile(50 * MB, 1_000);
    assert.deepEqual(await readUpload(file, MAX_PAPER_FILE_BYTES), { ok: false, tooLarge: true });
    assert.ok(pulled.bytes <= MAX_PAPER_FILE_BYTES + 64 * 1024, `pulled ${pulled.bytes} bytes`);
  });

  test("a file within the limit is read whole", async () => {
    const result = await readUpload(new File(["full_name\n", "Ada\n"], "a.csv"), MAX_PAPER_FILE_BYTES);
    assert.ok(result.ok);
    assert.equal(new TextDecoder().decode(result.bytes), "full_name\nAda\n");
  });
});

describe("recording an offline tally", () => {
  const valid = {
    campaignSlug: "c",
    count: "2000",
    description: "more than 2,000",
    sourceTitle: "Le Monde",
    sourceUrl: "",
    sourceDate: "2026-03-14",
  };

  test("a form's strings become a count and an optional address", () => {
    const result = recordTallySchema.safeParse(valid);
    assert.ok(result.success);
    assert.equal(result.data.count, 2000);
    assert.equal(result.data.sourceUrl, undefined);
  });

  test("zero, fractions, other schemes and future dates are refused with a message per field", () => {
    const result = recordTallySchema.safeParse({ ...valid, count: "0", sourceUrl: "javascript:alert(1)", sourceDate: "2999-01-01" });
    const errors = Object.fromEntries(result.error!.issues.map((issue) => [issue.path[0], english(issue.message)]));
    assert.deepEqual(errors, {
      count: "Enter a number of signatures greater than 0",
      sourceUrl: "Enter a web address starting with http:// or https://",
      sourceDate: "The date of the source cannot be in the future",
    });
    assert.equal(recordTallySchema.safeParse({ ...valid, count: "2.5" }).success, false);
    assert.equal(recordTallySchema.safeParse({ ...valid, sourceDate: "" }).success, false);
  });
});

describe("the confirmation rate", () => {
  test("confirmed over confirmed and pending, shown as a percentage; a dash before anyone signs", () => {
    assert.equal(confirmationRate(3, 1), 0.75);
    assert.equal(formatRate(confirmationRate(3, 1)), "75%");
    assert.equal(formatRate(confirmationRate(2, 1)), "66.7%");
    assert.equal(confirmationRate(0, 0), null);
    assert.equal(formatRate(null), "—");
    assert.equal(formatRate(confirmationRate(0, 5)), "0%");
  });
});
