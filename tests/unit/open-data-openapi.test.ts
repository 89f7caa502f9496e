import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { GET as getIndex } from "@/app/api/v1/route";
import { buildOpenApiDocument, componentSchemas } from "@/lib/open-data/openapi";

type Json = Record<string, unknown>;
const document = buildOpenApiDocument() as unknown as Json & { paths: Record<string, Record<string, Json>> };
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/** Every node of the document, with its JSON pointer. */
function* walk(node: unknown, pointer = "#"): Generator<[string, Json]> {
  if (!node || typeof node !== "object") return;
  yield [pointer, node as Json];
  for (const [key, child] of Object.entries(node)) yield* walk(child, `${pointer}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`);
}

function resolve(pointer: string): unknown {
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document);
}

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, operation]) => ({ path, method, operation: operation as Json & { responses: Record<string, Json> } })),
);

describe("the OpenAPI document", () => {
  test("is OpenAPI 3.1 with a title, a version and paths", () => {
    assert.match(String(document.openapi), /^3\.1\.\d+$/);
    const info = document.info as Json;
    assert.ok(info.title && info.version);
    assert.ok(operations.length >= 9);
  });

  test("every $ref resolves inside the document", () => {
    const refs = [...walk(document)].flatMap(([, node]) => (typeof node.$ref === "string" ? [node.$ref] : []));
    assert.ok(refs.length > 0);
    for (const ref of refs) {
      assert.ok(ref.startsWith("#/"), `${ref} is local`);
      assert.ok(resolve(ref) !== undefined, `${ref} resolves`);
    }
  });

  test("has one component per zod schema, each one used", () => {
    const components = (document.components as Json).schemas as Json;
    assert.deepEqual(Object.keys(components).sort(), Object.keys(componentSchemas).sort());
    const text = JSON.stringify({ ...document, components: { ...(document.components as Json), schemas: undefined } });
    const nested = JSON.stringify(components);
    for (const name of Object.keys(components)) {
      const ref = `"#/components/schemas/${name}"`;
      assert.ok(text.includes(ref) || nested.includes(ref), `${name} is referenced`);
    }
  });

  test("answer schemas are closed, so a field the document does not list cannot slip in", () => {
    const components = (document.components as Json).schemas as Json;
    for (const [name, schema] of Object.entries(components)) {
      if (name === "SignatureRequest") continue; // a request: fields a campaign does not ask for are ignored
      for (const [pointer, node] of walk(schema, `#/components/schemas/${name}`)) {
        if (node.type === "object" && node.properties) {
          assert.equal(node.additionalProperties, false, `${pointer} is closed`);
        }
      }
    }
  });

  test("every operation documents its answers (JSON of a component, CSV, an SVG map or a PDF); reads document 304, slugs 404", () => {
    for (const { path, method, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      assert.ok(operation.operationId, `${where} has an operationId`);
      const success = operation.responses["200"] ?? operation.responses["202"];
      assert.ok(success, `${where} documents its success`);
      for (const [status, response] of Object.entries(operation.responses)) {
        const content = response.content as Record<string, { schema: Json }> | undefined;
        if (status === "304") assert.equal(content, undefined, `${where} 304 has no body`);
        else if (path.endsWith(".csv") && status === "200") assert.ok(content?.["text/csv"]?.schema, `${where} is CSV`);
        else if (path.includes("/maps/") && status === "200") assert.ok(content?.["image/svg+xml"]?.schema, `${where} is SVG`);
        else if (path.endsWith(".pdf") && status === "200") assert.ok(content?.["application/pdf"]?.schema, `${where} is a PDF`);
        else assert.ok(content?.["application/json"]?.schema, `${where} ${status} is JSON`);
      }
      // The CSV download is streamed, so it has no ETag to revalidate against; a proof-of-work
      // challenge is new every time, never cached; a delivery pack's PDF never changes, so is never revalidated.
      const revalidated = !path.endsWith(".csv") && !path.endsWith(".pdf") && path !== "/api/v1/proof-of-work/challenge";
      if (method === "get" && revalidated) assert.ok(operation.responses["304"], `${where} documents 304`);
      if (path.includes("{slug}")) assert.ok(operation.responses["404"], `${where} documents 404`);
    }
  });

  test("the signing and confirmation answers are all there", () => {
    const statuses = (path: string) => Object.keys(document.paths[path].post.responses as Json).sort();
    assert.deepEqual(statuses("/api/v1/campaigns/{slug}/signatures"), ["202", "400", "404", "409", "413", "415", "429"]);
    assert.deepEqual(statuses("/api/v1/confirmations"), ["200", "400", "404", "409", "410", "413", "415"]);
  });

  test("lists exactly the endpoints of the API index", async () => {
    const index = (await getIndex(new Request("http://test/api/v1")).json()) as { endpoints: Record<string, string>; documentation: string };
    const listed = Object.values(index.endpoints).sort();
    const documented = operations
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .filter((endpoint) => endpoint !== "GET /api/v1") // the index does not list itself
      .sort();
    assert.deepEqual(listed, documented);
    assert.ok(document.paths[index.documentation], "the index points at this document");
  });
});
