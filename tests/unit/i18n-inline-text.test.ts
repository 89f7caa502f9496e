import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import ts from "typescript";

// No user-facing text outside the message catalogs (issue #12): JSX text with a letter in it, a
// `{"string"}` child, or a string literal with words in an attribute a person reads (aria-label,
// title, placeholder, alt, and the components' own label/hint/legend-style props) is reported.
// Technical attributes (class names, addresses, types, SVG geometry) are not text.

const ROOTS = ["app", "components"];

/** Attributes whose string value is never read as text by a person. */
const TECHNICAL = new Set([
  "className",
  "id",
  "href",
  "src",
  "name",
  "type",
  "rel",
  "target",
  "method",
  "action",
  "autoComplete",
  "inputMode",
  "pattern",
  "accept",
  "dir",
  "lang",
  "hrefLang",
  "role",
  "sizes",
  "key",
  "encType",
  "htmlFor",
  "form",
  "d",
  "viewBox",
  "transform",
  "points",
  "fill",
  "stroke",
  "textAnchor",
  "dominantBaseline",
  "preserveAspectRatio",
  "xmlns",
  "media",
  "as",
  "charSet",
  "content",
  "property",
  "httpEquiv",
  "kind",
  "variant",
  "testId",
  "field",
  "path",
  "fontFamily",
  "slug",
  "width",
  "height",
  "align",
  "value",
  "defaultValue",
  "step",
  "min",
  "max",
  "spellCheck",
  "wrap",
]);

/**
 * Files whose text is not in the catalogs yet, each with why. This list shrinks to zero; a file
 * not on it that shows inline text fails the test.
 */
const PENDING: Record<string, string> = {};

type Finding = { file: string; line: number; text: string };

function findings(file: string): Finding[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim().slice(0, 60) });
  const hasWords = (text: string) => /\p{L}{2,}/u.test(text);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isJsxElement(node.parent) &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression))
    ) {
      if (hasWords(node.expression.text)) report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && node.initializer) {
      const name = node.name.getText(source);
      if (!TECHNICAL.has(name) && !name.startsWith("data-")) {
        const init = node.initializer;
        const literal = ts.isStringLiteral(init)
          ? init
          : ts.isJsxExpression(init) &&
              init.expression &&
              (ts.isStringLiteral(init.expression) || ts.isNoSubstitutionTemplateLiteral(init.expression))
            ? init.expression
            : null;
        if (literal && hasWords(literal.text) && (/\s/.test(literal.text.trim()) || /^[A-Z]/.test(literal.text)))
          report(node, `${name}="${literal.text}"`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const files = ROOTS.flatMap((root) =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".tsx"))
    .map((name) => path.join(root, name).split(path.sep).join("/")),
);

test("no JSX shows text that is not in the message catalogs", () => {
  const unexpected = files.filter((file) => !(file in PENDING)).flatMap(findings);
  assert.deepEqual(
    unexpected.map((f) => `${f.file}:${f.line} ${f.text}`),
    [],
  );
});

test("every file still pending translation exists and still has inline text (the list only shrinks)", () => {
  for (const file of Object.keys(PENDING)) {
    assert.ok(files.includes(file), `${file} is listed as pending but does not exist`);
    assert.ok(findings(file).length > 0, `${file} has no inline text left: remove it from PENDING`);
  }
});
