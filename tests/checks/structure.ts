import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

// `npm run structure` (issue #10): the house layers, checked rather than hoped for. Reads the
// imports of every module in app/, components/ and lib/ and prints one line per violation.
//
// Layers, arrows pointing down only:
//   app → components → lib/<domain> → lib/<kernel>
// - app/ may import anything below it; components/ never import app/; lib/ imports neither.
// - KERNEL folders (infrastructure and the app-wide kernels) import no domain folder of lib/.
// - ENTRY modules (the production server) are composition roots: they may import any of lib/,
//   nothing in lib/ imports them.
// - Nothing in app/, components/ or lib/ imports drizzle/ (migrations and seed data), except the
//   seed runner reading the seed's data.
// - No import cycle between folders of lib/ (or of components/), beyond TOLERATED_CYCLES.
// - components/{ui,forms} are shared: they import no domain folder of components/.
// Every other folder of lib/ is a domain; domains may import each other as long as no cycle forms.
//
// File roles of a domain folder (lib/<domain>/); a reader knows where a thing lives before opening
// anything. Other names are allowed for a domain's pure logic, named for what it is (`lifecycle.ts`,
// `csv-parse.ts`), never a grab-bag. What the checker can see of each role, it checks.
const ROLES: Record<string, { means: string; serverOnly?: boolean }> = {
  "schema.ts": { means: "zod schemas and input types, shared by client and server; imports no server-only module" },
  "queries.ts": { means: "reads; they do not authorize (page-data.ts and commands.ts decide who may call them)", serverOnly: true },
  "mutations.ts": { means: "writes, in the caller's transaction; no session reads, no authorization", serverOnly: true },
  "commands.ts": { means: "`<verb>As(caller, input)`: validate, authorize, mutate, audit, email, in one transaction", serverOnly: true },
  "page-data.ts": { means: "`load<Page>(caller, …)`: what one page shows, authorized", serverOnly: true },
  "permissions.ts": { means: "authorization read from the database", serverOnly: true },
  "access-rules.ts": { means: "who may do what, as pure functions" },
  "actions.ts": { means: '"use server": read the session, call a command, revalidate; *-actions.ts likewise, nothing else is "use server"' },
};
const BANNED_NAMES = /^(utils|helpers|misc|common|index)\.(ts|tsx|mts)$/;

const KERNEL = [
  "lib/db",
  "lib/env",
  "lib/auth",
  "lib/email",
  "lib/http",
  "lib/cache",
  "lib/validation",
  "lib/rate-limit",
  "lib/log",
  "lib/access",
  "lib/forms",
  "lib/i18n",
];
const ENTRY = ["lib/production-server", "lib/startup"];
const SHARED_COMPONENTS = ["components/ui", "components/forms", "components/i18n"];
/** Imports into drizzle/ that are allowed, as [importer, imported folder]. */
const DRIZZLE_ALLOWED = [["lib/db/seed.ts", "drizzle/seed/"]];
/** Folder cycles present when this check was introduced, each with why it is still there. Shrinks to zero. */
const TOLERATED_CYCLES: { folders: string[]; why: string }[] = [];

const ROOTS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx", ".mts"];

type Import = { specifier: string; target: string | null; typeOnly: boolean };
type Module = { file: string; imports: Import[]; directives: string[] };

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.endsWith(".d.ts"))
    .map((name) => path.join(dir, name).split(path.sep).join("/"));

/** A project-relative path for `@/…` and relative specifiers; null for packages and node: modules. */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.join(path.posix.dirname(from), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((ext) => base + ext), ...EXTENSIONS.map((ext) => `${base}/index${ext}`)];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile()) ?? base;
}

function parse(file: string): Module {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const imports: Import[] = [];
  const add = (node: ts.Node | undefined, typeOnly: boolean) => {
    if (node && ts.isStringLiteral(node)) imports.push({ specifier: node.text, target: resolve(file, node.text), typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : null;
      const allTypes = !!clause && !clause.name && !!named && named.length > 0 && named.every((element) => element.isTypeOnly);
      add(node.moduleSpecifier, !!clause && (clause.isTypeOnly || allTypes));
    } else if (ts.isExportDeclaration(node)) add(node.moduleSpecifier, node.isTypeOnly);
    else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) add(node.arguments[0], false);
    else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) add(node.argument.literal, true);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const directives = source.statements
    .filter((statement): statement is ts.ExpressionStatement => ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression))
    .map((statement) => (statement.expression as ts.StringLiteral).text);
  return { file, imports, directives };
}

/** `lib/campaigns`, `lib/env` (for lib/env.ts), `components/ui`; null for app/ and anything else. */
function folderOf(file: string): string | null {
  const [root, first] = file.split("/");
  if ((root !== "lib" && root !== "components") || !first) return null;
  return `${root}/${first.replace(/\.(ts|tsx|mts)$/, "")}`;
}

const inside = (file: string, roots: string[]) => roots.some((root) => file === root || file.startsWith(`${root}/`) || file.startsWith(`${root}.`));
const isDomain = (file: string) => file.startsWith("lib/") && !inside(file, KERNEL) && !inside(file, ENTRY);

function layerViolation(from: string, to: string): string | null {
  if (to.startsWith("drizzle/")) {
    const allowed = DRIZZLE_ALLOWED.some(([importer, folder]) => from === importer && to.startsWith(folder));
    return allowed ? null : "imports drizzle/ (migrations and seed data are not part of the app)";
  }
  if (to.startsWith("app/") && !from.startsWith("app/")) return "imports app/ (routes sit on top; nothing imports them)";
  if (from.startsWith("lib/") && to.startsWith("components/")) return "imports components/ (lib/ is below the components)";
  if (inside(to, ENTRY) && !inside(from, ENTRY)) return "imports the production server (an entry point; it imports lib/, not the other way)";
  if (inside(from, KERNEL) && isDomain(to)) return `kernel folder imports the domain folder ${folderOf(to)}`;
  if (inside(from, SHARED_COMPONENTS) && to.startsWith("components/") && !inside(to, SHARED_COMPONENTS)) {
    return `shared component imports the domain folder ${folderOf(to)}`;
  }
  return null;
}

function roleViolations(module: Module, serverOnly: Set<string>): string[] {
  const name = path.posix.basename(module.file);
  const found: string[] = [];
  if (BANNED_NAMES.test(name)) found.push(`"${name}" says nothing: name the file for what it holds`);
  const isActions = name === "actions.ts" || name.endsWith("-actions.ts");
  const useServer = module.directives.includes("use server");
  if (useServer !== isActions && module.file.startsWith("lib/")) {
    found.push(useServer ? '"use server" outside an actions.ts: every export becomes an endpoint' : 'actions file without "use server"');
  }
  if (module.file.startsWith("lib/") && module.directives.includes("use client"))
    found.push('"use client" in lib/: client code lives in components/');
  if (!isDomain(module.file)) return found;
  const role = ROLES[name];
  if (role?.serverOnly && !serverOnly.has(module.file)) found.push(`${name} runs on the server only: import "server-only"`);
  if (name === "schema.ts") {
    for (const { target, typeOnly } of module.imports) {
      if (target && !typeOnly && serverOnly.has(target)) found.push(`schema.ts is shared with the browser, yet imports the server-only ${target}`);
    }
  }
  if (name === "queries.ts" || name === "mutations.ts") {
    for (const { target } of module.imports) {
      if (target && /^lib\/auth\/|(guard|permissions)\.ts$/.test(target)) found.push(`${name} does not authorize, yet imports ${target}`);
    }
  }
  return found;
}

/** Strongly connected components of the folder graph with more than one folder (Tarjan). */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const connect = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        connect(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) connect(node);
  return found;
}

/** The shortest loop through the folders of one cycle, to start untangling it from. */
function shortestLoop(graph: Map<string, Set<string>>, cycle: string[]): string[] {
  let best: string[] = [];
  for (const start of cycle) {
    const cameFrom = new Map<string, string>();
    const queue = [start];
    while (queue.length && !cameFrom.has(start)) {
      const node = queue.shift()!;
      for (const next of graph.get(node) ?? []) {
        if (!cycle.includes(next) || cameFrom.has(next)) continue;
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
    const loop = [start];
    for (let node = cameFrom.get(start)!; node !== start; node = cameFrom.get(node)!) loop.unshift(node);
    loop.unshift(start);
    if (!best.length || loop.length < best.length) best = loop;
  }
  return best;
}

const modules = ROOTS.flatMap(listFiles).map(parse);
const serverOnly = new Set(modules.filter((m) => m.imports.some((i) => i.specifier === "server-only")).map((m) => m.file));
const violations: string[] = [];
const graph = new Map<string, Set<string>>();

for (const module of modules) {
  for (const message of roleViolations(module, serverOnly)) violations.push(`${module.file}: ${message}`);
  for (const { specifier, target } of module.imports) {
    if (!target) continue;
    const message = layerViolation(module.file, target);
    if (message) violations.push(`${module.file}: ${message} ("${specifier}")`);
    const [from, to] = [folderOf(module.file), folderOf(target)];
    if (from && to && from !== to && from.split("/")[0] === to.split("/")[0]) {
      if (!graph.has(from)) graph.set(from, new Set());
      graph.get(from)!.add(to);
    }
  }
}

const key = (folders: string[]) => [...folders].sort().join(" ");
const present = cycles(graph);
for (const cycle of present) {
  if (TOLERATED_CYCLES.some(({ folders }) => key(folders) === key(cycle))) continue;
  violations.push(`folder cycle among ${cycle.join(", ")}; the shortest loop: ${shortestLoop(graph, cycle).join(" → ")}`);
}
for (const { folders } of TOLERATED_CYCLES) {
  if (!present.some((cycle) => key(cycle) === key(folders)))
    violations.push(`tolerated cycle is gone, remove it from TOLERATED_CYCLES: ${key(folders)}`);
}

for (const violation of violations) console.log(violation);
console.log(violations.length ? `\n${violations.length} structure violation(s).` : `Structure: ${modules.length} modules, no violations.`);
process.exitCode = violations.length ? 1 : 0;
