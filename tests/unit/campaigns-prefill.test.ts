import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { prefillFromCall } from "@/lib/campaigns/prefill";

describe("a campaign pre-filled from an event's call to action", () => {
  test("the call's target and action make the statement, and the target the decision makers", () => {
    const prefill = prefillFromCall({
      target: "UN Human Rights Council and UN High Commissioner for Human Rights",
      action: "Launch an international commission of inquiry to investigate the 1988 massacre",
      quote: "She urged the UN Human Rights Council and the UN High Commissioner for Human Rights to launch an international commission of inquiry.",
    });
    assert.match(
      prefill.statement,
      /^We call on the UN Human Rights Council and UN High Commissioner for Human Rights to launch an international commission of inquiry to investigate the 1988 massacre\.\n\n“She urged/,
    );
    assert.deepEqual(prefill.decisionMakers, ["UN Human Rights Council", "UN High Commissioner for Human Rights"]);
    assert.equal(prefill.title, "Launch an international commission of inquiry to investigate the 1988 massacre");
  });

  test("a target that is one phrase stays one decision maker", () => {
    const prefill = prefillFromCall({ target: "United Nations and its Member States", action: "Take appropriate action.", quote: "" });
    assert.deepEqual(prefill.decisionMakers, ["United Nations and its Member States"]);
    assert.equal(prefill.statement, "We call on the United Nations and its Member States to take appropriate action.");
  });

  test("a target the report does not name leaves the decision makers for the organizer", () => {
    const prefill = prefillFromCall({ target: "Not named in the report", action: "Hold an inquiry", quote: "They asked for an inquiry." });
    assert.deepEqual(prefill.decisionMakers, []);
    assert.match(prefill.statement, /^We call on the authorities to hold an inquiry\./);
  });

  test("a person's name takes no article", () => {
    const prefill = prefillFromCall({ target: "Foreign Minister Jean Dupont", action: "Raise the case at the UN", quote: "" });
    assert.equal(prefill.statement, "We call on Foreign Minister Jean Dupont to raise the case at the UN.");
  });
});
