import { readdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { questionsFor } from "../../bench/questions.ts";
import type { Facts } from "../../src/article/facts.ts";
import { parseArticle } from "../../src/article/parse.ts";
import { Archive } from "../../src/store/archive.ts";
import { SNAPSHOT_NAME } from "../../src/store/index-snapshot.ts";
import { tempDir } from "./helpers.ts";

let facts: Facts[];
beforeAll(() => {
  facts = generateArticles(110).map((a) => parseArticle(a.text, a.id));
});

async function dataDir(count: number): Promise<string> {
  const dir = await tempDir();
  for (const f of facts.slice(0, count)) {
    await writeFile(join(dir, `${f.id}.facts.json`), `${JSON.stringify(f, null, 2)}\n`);
  }
  return dir;
}

const questions = () =>
  generateArticles(110)
    .filter((_, n) => n % 20 === 0)
    .flatMap((a, n) => questionsFor(a, n).map((q) => q.q));

describe("Archive.open with an index snapshot", () => {
  it("writes a snapshot of a large archive and restores from it with the same answers", async () => {
    const dir = await dataDir(110);
    await writeFile(join(dir, "broken.facts.json"), "{ not json");
    const cold = await Archive.open(dir);
    expect(cold.restored).toBe(false);
    expect(await cold.saved).toBe(true);
    expect(await readdir(dir)).toContain(SNAPSHOT_NAME);

    const warm = await Archive.open(dir);
    expect(warm.restored).toBe(true);
    expect(warm.errors).toEqual(cold.errors);
    expect(warm.errors).toHaveLength(1);
    expect(warm.articles()).toEqual(cold.articles());
    expect(warm.facts(facts[7]!.id)).toEqual(facts[7]);
    for (const q of questions()) {
      expect(warm.answer(q)).toEqual(cold.answer(q));
      expect(warm.answer(q, facts[20]!.id)).toEqual(cold.answer(q, facts[20]!.id));
    }
  });

  it("ignores a snapshot once a facts file changes, is added or removed", async () => {
    const dir = await dataDir(105);
    await (await Archive.open(dir)).saved;
    expect((await Archive.open(dir)).restored).toBe(true);

    const file = join(dir, `${facts[3]!.id}.facts.json`);
    const changed = { ...facts[3]!, metadata: { ...facts[3]!.metadata, headline: "A corrected headline" } };
    await writeFile(file, JSON.stringify(changed));
    const reloaded = await Archive.open(dir);
    expect(reloaded.restored).toBe(false);
    expect(reloaded.facts(facts[3]!.id)!.metadata.headline).toBe("A corrected headline");
    await reloaded.saved;

    await writeFile(join(dir, `${facts[106]!.id}.facts.json`), JSON.stringify(facts[106]));
    const grown = await Archive.open(dir);
    expect(grown.restored).toBe(false);
    expect(grown.articles()).toHaveLength(106);
  });

  it("ignores a snapshot whose file was touched in place, or that is damaged", async () => {
    const dir = await dataDir(100);
    await (await Archive.open(dir)).saved;
    const file = join(dir, `${facts[0]!.id}.facts.json`);
    await utimes(file, new Date(), new Date(Date.now() + 5_000));
    const touched = await Archive.open(dir);
    expect(touched.restored).toBe(false);
    await touched.saved;

    const snapshot = join(dir, SNAPSHOT_NAME);
    const bytes = await readFile(snapshot);
    await writeFile(snapshot, bytes.subarray(0, bytes.length - 100));
    const archive = await Archive.open(dir);
    expect(archive.restored).toBe(false);
    expect(archive.errors).toEqual([]);
    expect(archive.articles()).toHaveLength(100);
  });

  it("restores every passage's text exactly, in any script or with a broken character", async () => {
    for (const broken of [false, true]) {
      const dir = await tempDir();
      const written = generateArticles(101).map((a, n) => {
        let text =
          n % 3 === 0 ? a.text.replaceAll("e", "é").replaceAll("o", "ő").replaceAll("a", "日") : a.text;
        // A lone surrogate cannot be UTF-8: the snapshot then keeps its texts as UTF-16.
        if (broken && n === 50) text = text.replace(" said", " said \uD800");
        return parseArticle(text, a.id);
      });
      for (const f of written) await writeFile(join(dir, `${f.id}.facts.json`), JSON.stringify(f));
      const cold = await Archive.open(dir);
      expect(await cold.saved).toBe(true);
      const warm = await Archive.open(dir);
      expect(warm.restored).toBe(true);
      for (const f of written) {
        // Texts are read through a getter: compared as they read.
        const texts = (a: Archive) => a.index.passagesOf(f.id).map((p) => [p.text, a.index.textLength(p.id)]);
        expect(warm.index.passagesOf(f.id)).toEqual(cold.index.passagesOf(f.id));
        expect(texts(warm)).toEqual(texts(cold));
      }
      expect(warm.index.passagesOf(written[0]!.id).some((p) => p.text.includes("日"))).toBe(true);
      if (broken)
        expect(warm.index.passagesOf(written[50]!.id).some((p) => p.text.includes("\uD800"))).toBe(true);
    }
  });

  it("leaves a small data directory as it is", async () => {
    const dir = await dataDir(3);
    const archive = await Archive.open(dir);
    expect(await archive.saved).toBe(false);
    expect((await readdir(dir)).sort()).toEqual(facts.slice(0, 3).map((f) => `${f.id}.facts.json`));
  });

  it("still reports an unreadable directory in the loader's words", async () => {
    await expect(Archive.open(join(await tempDir(), "missing"))).rejects.toThrow(
      /cannot read facts directory .*missing: no such directory/,
    );
  });
});
