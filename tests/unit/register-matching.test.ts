import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { matchOfficial, type Candidate } from "@/lib/register/matching";
import { nameTokens, normaliseName } from "@/lib/register/names";
import { officeOfFunction, readHeader, registerDate } from "@/lib/register/register-file";

const official = (firstName: string, surname: string, office = "mayor"): Candidate => ({
  firstName: normaliseName(firstName),
  surname: normaliseName(surname),
  office,
  departementCode: "75",
});

describe("names as the register and signers write them", () => {
  test("accents, case, hyphens and apostrophes are brought to one form", () => {
    assert.equal(normaliseName("  HÉLÈNE-Françoise  "), "helene francoise");
    assert.equal(normaliseName("D’Artagnan"), "d artagnan");
    assert.equal(normaliseName("O'Neil"), "o neil");
  });

  test("particles are left out of the words compared, unless they are the whole name", () => {
    assert.deepEqual(nameTokens("Jean de La Fontaine"), ["jean", "fontaine"]);
    assert.deepEqual(nameTokens("van der Berg"), ["berg"]);
    assert.deepEqual(nameTokens("Le"), ["le"]);
  });
});

describe("matching a signature with the officials of its commune", () => {
  test("the same name in either order and the same office is verified", () => {
    const candidates = [official("Jean", "DUPONT")];
    assert.equal(matchOfficial("Jean Dupont", "mayor", candidates).result, "verified");
    assert.equal(matchOfficial("DUPONT Jean", "mayor", candidates).result, "verified");
    assert.equal(matchOfficial("jean dupont", "mayor", candidates).result, "verified");
  });

  test("accents and particles do not stand in the way", () => {
    assert.equal(matchOfficial("Helene Lefevre", "mayor", [official("Hélène", "LEFÈVRE")]).result, "verified");
    assert.equal(matchOfficial("Jean de La Fontaine", "mayor", [official("Jean", "DE LA FONTAINE")]).result, "verified");
    assert.equal(matchOfficial("Anne d'Artagnan", "mayor", [official("Anne", "D'ARTAGNAN")]).result, "verified");
  });

  test("exactly one part differing is to review, and says which", () => {
    const outcome = matchOfficial("Jean Dupont", "mayor", [official("Jean", "DUPONT", "municipal-councillor")]);
    assert.deepEqual(outcome.result === "review" && outcome.difference, "office");
    const initial = matchOfficial("J. Dupont", "mayor", [official("Jean", "DUPONT")]);
    assert.deepEqual(initial.result === "review" && initial.difference, "first-name");
    const compound = matchOfficial("Jean Dupont", "mayor", [official("Jean-Pierre", "DUPONT")]);
    assert.deepEqual(compound.result === "review" && compound.difference, "first-name");
    const typo = matchOfficial("Jean Dupond", "mayor", [official("Jean", "DUPONT")]);
    assert.deepEqual(typo.result === "review" && typo.difference, "surname");
  });

  test("two parts differing, or another person, is not found", () => {
    assert.equal(matchOfficial("J. Dupont", "mayor", [official("Jean", "DUPONT", "municipal-councillor")]).result, "not-found");
    assert.equal(matchOfficial("Paul Martin", "mayor", [official("Jean", "DUPONT")]).result, "not-found");
    assert.equal(matchOfficial("Pierre Dupont", "mayor", [official("Jean", "DUPONT")]).result, "not-found");
    assert.equal(matchOfficial("Jean Dupont", "mayor", []).result, "not-found");
  });

  test("homonyms in one commune are told apart by office", () => {
    const candidates = [official("Jean", "DUPONT", "municipal-councillor"), official("Jean", "DUPONT", "mayor")];
    const outcome = matchOfficial("Jean Dupont", "mayor", candidates);
    assert.equal(outcome.result, "verified");
    assert.equal(outcome.result === "verified" && outcome.official.office, "mayor");
    assert.equal(matchOfficial("Jean Dupont", "deputy-mayor", candidates).result, "review");
  });
});

describe("the register's file layout", () => {
  test("offices come from the function's label", () => {
    assert.equal(officeOfFunction("Maire", "municipal-councillors"), "mayor");
    assert.equal(officeOfFunction("Premier adjoint au maire", "municipal-councillors"), "deputy-mayor");
    assert.equal(officeOfFunction("Maire délégué", "municipal-councillors"), "deputy-mayor");
    assert.equal(officeOfFunction("", "municipal-councillors"), "municipal-councillor");
    assert.equal(officeOfFunction(undefined, "mayors"), "mayor");
  });

  test("the header is found by name, with or without a byte order mark, and missing columns are named", () => {
    const ok = readHeader(["\uFEFFCode du département", "Code de la commune", "Nom de l'élu", "Prénom de l'élu", "Date de début du mandat"]);
    assert.equal(ok.ok, true);
    const missing = readHeader(["Code du département", "Nom"]);
    assert.deepEqual(!missing.ok && missing.missing, ["Code de la commune", "Nom de l'élu", "Prénom de l'élu", "Date de début du mandat"]);
  });

  test("dates are read in the register's form and refused when impossible", () => {
    assert.equal(registerDate("15/03/2020"), "2020-03-15");
    assert.equal(registerDate(""), null);
    assert.equal(registerDate("31/02/2020"), undefined);
  });
});
