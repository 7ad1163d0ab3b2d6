/**
 * The layer rules of ARCHITECTURE.md, checked on every import of the source: the core (`src/article`,
 * `src/qa`, `src/store`) knows nothing of Discord, of wording (`src/present`) or of the network, and
 * `src/present` knows nothing of Discord. `src/article` and `src/qa` do no I/O at all.
 */
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../hardening/helpers.ts";

const DISCORD = /^(discord\.js|@discordjs\/)/;
const NETWORK = /^(node:)?(http|https|http2|net|tls|dgram|dns)(\/|$)|^(undici|ws)$/;
const FILES = /^(node:)?(fs|fs\/promises|child_process|worker_threads)$/;

interface Rule {
  /** Folders under src/ the rule applies to. */
  layers: string[];
  /** Why an import breaks it, or null when it may. */
  breaks(specifier: string, target: string | null): string | null;
}

const inside = (target: string | null, folder: string) =>
  target !== null && relative(join(ROOT, "src", folder), target).split("/")[0] !== "..";

const RULES: Rule[] = [
  {
    layers: ["article", "qa", "store"],
    breaks: (spec, target) =>
      DISCORD.test(spec)
        ? "imports discord.js"
        : NETWORK.test(spec) || inside(target, "web")
          ? "reaches the network"
          : inside(target, "present") || inside(target, "bot") || inside(target, "cli")
            ? "imports a shell (present, bot or cli)"
            : null,
  },
  {
    layers: ["article", "qa"],
    breaks: (spec, target) =>
      FILES.test(spec) || inside(target, "store")
        ? "does I/O"
        : target?.endsWith("/src/log.ts")
          ? "logs"
          : null,
  },
  { layers: ["present"], breaks: (spec) => (DISCORD.test(spec) ? "imports discord.js" : null) },
];

/** Every module specifier a source file imports or re-exports, statically or dynamically. */
function importsOf(source: string): string[] {
  const found = source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)["']([^"']+)["']/g);
  return [...found].map((m) => m[1]!);
}

/** The problems of one file under the rules for its layer. */
function violations(file: string, source: string): string[] {
  const layer = relative(join(ROOT, "src"), file).split("/")[0]!;
  const problems: string[] = [];
  for (const spec of importsOf(source)) {
    const target = spec.startsWith(".") ? resolve(dirname(file), spec) : null;
    for (const rule of RULES.filter((r) => r.layers.includes(layer))) {
      const why = rule.breaks(spec, target);
      if (why) problems.push(`${relative(ROOT, file)} ${why}: "${spec}"`);
    }
  }
  return problems;
}

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, "src", folder), { recursive: true });
  return entries.filter((name) => name.endsWith(".ts")).map((name) => join(ROOT, "src", folder, name));
}

describe("layers", () => {
  it("keeps Discord, wording and the network out of the core, and Discord out of present/", async () => {
    const files = (await Promise.all(["article", "qa", "store", "present"].map(sources))).flat();
    expect(files.length).toBeGreaterThan(20);
    const problems: string[] = [];
    for (const file of files) problems.push(...violations(file, await readFile(file, "utf8")));
    expect(problems).toEqual([]);
  });

  it("catches each kind of leak", () => {
    const at = (path: string) => join(ROOT, "src", path);
    expect(
      violations(at("store/archive.ts"), 'import { formatSummary } from "../present/format.ts";'),
    ).toEqual(['src/store/archive.ts imports a shell (present, bot or cli): "../present/format.ts"']);
    expect(violations(at("qa/answer.ts"), 'import type { APIEmbed } from "discord.js";')).toHaveLength(1);
    expect(violations(at("article/parse.ts"), 'const fs = await import("node:fs/promises");')).toEqual([
      'src/article/parse.ts does I/O: "node:fs/promises"',
    ]);
    expect(violations(at("store/x.ts"), 'import { get } from "node:https";')).toHaveLength(1);
    expect(violations(at("store/x.ts"), 'import { fetchPage } from "../web/fetch.ts";')).toHaveLength(1);
    expect(violations(at("present/format.ts"), 'import type { APIEmbed } from "discord.js";')).toHaveLength(
      1,
    );
    // What each layer may do.
    expect(violations(at("store/x.ts"), 'import { readFile } from "node:fs/promises";')).toEqual([]);
    expect(violations(at("present/format.ts"), 'import type { Answer } from "../qa/types.ts";')).toEqual([]);
  });
});

/**
 * Escaping is the only path to Discord: the reply helper takes `Markdown`, and outside present/ a
 * `Markdown` is made only by `md` and `markdown` (which escape). Nothing else may escape by hand or
 * declare text to be Markdown already.
 */
function escapeLeaks(file: string, source: string): string[] {
  if (inside(file, "present")) return [];
  const problems: string[] = [];
  if (/\bMarkdown\.styled\s*\(/.test(source)) problems.push(`${relative(ROOT, file)} calls Markdown.styled`);
  if (/\bimport\s*\{[^}]*\bescapeText\b[^}]*\}\s*from/.test(source))
    problems.push(`${relative(ROOT, file)} escapes by hand (escapeText)`);
  return problems;
}

describe("escaping", () => {
  it("leaves making Markdown to present/ everywhere else", async () => {
    const shells = (await Promise.all(["bot", "cli", "store", "qa", "article", "web"].map(sources))).flat();
    const commands = (await readdir(join(ROOT, "commands"))).map((name) => join(ROOT, "commands", name));
    const problems: string[] = [];
    for (const file of [...shells, ...commands])
      problems.push(...escapeLeaks(file, await readFile(file, "utf8")));
    expect(problems).toEqual([]);
  });

  it("catches a hand-made escape or a raw string declared Markdown", () => {
    const at = (path: string) => join(ROOT, path);
    expect(escapeLeaks(at("commands/x.ts"), "content: Markdown.styled('**' + name + '**')")).toHaveLength(1);
    expect(escapeLeaks(at("src/bot/x.ts"), 'import { escapeText } from "../present/style.ts";')).toHaveLength(
      1,
    );
    expect(escapeLeaks(at("src/present/x.ts"), "return Markdown.styled(format(MARKDOWN));")).toEqual([]);
    expect(escapeLeaks(at("commands/x.ts"), "content: md`Removed the article.`")).toEqual([]);
  });
});

/** The first import cycle among `graph`'s modules (each file's relative imports), or null. */
function importCycle(graph: ReadonlyMap<string, readonly string[]>): string[] | null {
  const open: string[] = [];
  const done = new Set<string>();
  const visit = (file: string): string[] | null => {
    if (open.includes(file)) return [...open.slice(open.indexOf(file)), file];
    if (done.has(file)) return null;
    open.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    open.pop();
    done.add(file);
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return null;
}

describe("imports", () => {
  it("form no cycle: each module can be read before the ones that use it", async () => {
    const files = await sources(".");
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const specs = importsOf(await readFile(file, "utf8")).filter((spec) => spec.startsWith("."));
      graph.set(
        relative(ROOT, file),
        specs.map((spec) => relative(ROOT, resolve(dirname(file), spec))),
      );
    }
    expect(graph.size).toBeGreaterThan(50);
    expect(importCycle(graph)).toBeNull();
  });

  it("finds a cycle when there is one", () => {
    const graph = new Map([
      ["a.ts", ["b.ts"]],
      ["b.ts", ["c.ts"]],
      ["c.ts", ["a.ts"]],
    ]);
    expect(importCycle(graph)).toEqual(["a.ts", "b.ts", "c.ts", "a.ts"]);
    expect(importCycle(new Map([["a.ts", ["b.ts"]]]))).toBeNull();
  });
});
