import assert from "node:assert/strict";
import { test } from "node:test";
import { CATALOGS, NAMESPACES } from "@/lib/i18n/catalogs";
import { clientMessages } from "@/lib/i18n/client-messages";

test("public pages' client parts get the groups they read, and not the emails' texts", () => {
  const frame = clientMessages("fr", "frame") as Record<string, unknown>;
  assert.deepEqual(frame, { common: CATALOGS.fr.common });
  const sign = clientMessages("fr", "sign") as Record<string, Record<string, unknown>>;
  assert.deepEqual(sign.signing.signForm, (CATALOGS.fr.signing as Record<string, unknown>).signForm);
  assert.equal(sign.signing.email, undefined);
  assert.deepEqual(Object.keys(sign.campaign), ["share"]);
  assert.equal(sign.editor, undefined);
  const token = clientMessages("fr", "token") as Record<string, Record<string, unknown>>;
  assert.deepEqual(Object.keys(token.signing.confirm as object), ["errors"]);
  assert.ok(JSON.stringify(sign).length < JSON.stringify(CATALOGS.fr).length / 4);
});

test("the organizer area gets whole namespaces", () => {
  assert.deepEqual(clientMessages("fa", NAMESPACES), CATALOGS.fa);
});
