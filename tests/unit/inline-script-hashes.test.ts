import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { test } from "node:test";
import { inlineScriptHashes } from "@/lib/production-server/inline-script-hashes";

// The hash sources the production server lists in a cached page's Content-Security-Policy (issue #13,
// finding 7): exactly the page's inline scripts, hashed as the browser hashes them.

const source = (script: string) => `'sha256-${createHash("sha256").update(script, "utf8").digest("base64")}'`;

test("a page with two inline scripts gets both their hashes, in order", () => {
  const first = "(self.__next_f=self.__next_f||[]).push([0])";
  const second = 'self.__next_f.push([1,"1:I[\\"app/page\\",[]]\\n"])';
  const html = `<!DOCTYPE html><html><head></head><body><h1>Petition</h1><script>${first}</script><script>${second}</script></body></html>`;
  assert.deepEqual(inlineScriptHashes(html), [source(first), source(second)]);
});

test("a script with src is not hashed, whatever its attributes' order or quotes", () => {
  const html = [
    '<script src="/_next/static/chunks/main.js" async=""></script>',
    "<script async src='/_next/static/chunks/page.js'></script>",
    "<script nomodule SRC=/legacy.js></script>",
    "<script>inline()</script>",
  ].join("");
  assert.deepEqual(inlineScriptHashes(html), [source("inline()")]);
});

test("a script's attributes may hold '>' in quotes; its content starts after the real end of the tag", () => {
  const html = `<script id="_R_" data-note="a > b" data-src='x'>run()</script>`;
  assert.deepEqual(inlineScriptHashes(html), [source("run()")]);
});

test("'<\\/script>' inside a script's JSON does not end it: the whole script is hashed", () => {
  const script = 'self.__next_f.push([1,"<\\/script><script>alert(1)<\\/script>"])';
  assert.deepEqual(inlineScriptHashes(`<body><script>${script}</script><p>after</p></body>`), [source(script)]);
});

test("upper-case tags are script elements too; lookalike tag names and comments are not", () => {
  const html = "<SCRIPT>upper()</SCRIPT ><scripts>not a script</scripts><!-- <script>commented()</script> --><script>last()</script>";
  assert.deepEqual(inlineScriptHashes(html), [source("upper()"), source("last()")]);
});

test("a script sent twice is listed once, and a page without inline scripts gets none", () => {
  assert.deepEqual(inlineScriptHashes("<script>$RC('B:0','S:0')</script><p></p><script>$RC('B:0','S:0')</script>"), [source("$RC('B:0','S:0')")]);
  assert.deepEqual(inlineScriptHashes('<html><body><script src="/a.js"></script><p>no inline script</p></body></html>'), []);
});

test("line breaks are hashed as the browser reads them: CR LF and CR become LF", () => {
  assert.deepEqual(inlineScriptHashes("<script>a()\r\nb()\rc()</script>"), [source("a()\nb()\nc()")]);
});

test("non-ASCII text in a script is hashed as UTF-8", () => {
  const script = 'document.title="امضای طومار — pétition"';
  assert.deepEqual(inlineScriptHashes(`<script>${script}</script>`), [source(script)]);
});
