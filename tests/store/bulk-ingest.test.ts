import { existsSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { generateArticles } from "../../bench/generate.ts";
import { questionsFor } from "../../bench/questions.ts";
import { Archive } from "../../src/store/archive.ts";
import { ingestAll, listArticleFiles } from "../../src/store/bulk-ingest.ts";
import { SNAPSHOT_NAME } from "../../src/store/index-snapshot.ts";
import { storeOne } from "../../src/store/store-one.ts";
import { readSource } from "../../src/web/source.ts";
import { tempDir } from "./helpers.ts";

describe("ingestAll", () => {
  it("indexes in the order given whatever order the stores finish in: the index as loaded from the files", {
    timeout: 60_000,
  }, async () => {
    const root = await tempDir();
    const articles = generateArticles(104);
    for (const a of articles) await writeFile(join(root, `${a.id}.txt`), a.text);
    await writeFile(join(root, "broken.txt"), "");
    const { items } = await listArticleFiles([root]);
    const data = join(root, "data");
    const finished: string[] = [];
    const reported: string[] = [];
    let storedWhenDone = -1;
    let snapshotWhenDone: boolean | null = null;
    const summary = await ingestAll(
      data,
      items,
      async (item) => {
        const stored = await storeOne(data, item, (i) => readSource(i.path, { id: i.id }));
        // Later items finish first.
        await sleep((items.length - items.indexOf(item)) % 9);
        finished.push(item.id);
        return stored;
      },
      {
        progress: (_, item) => reported.push(item.id),
        storesDone: async () => {
          // Every item stored, the snapshot not yet written: the stores' memory can go first.
          storedWhenDone = finished.length;
          snapshotWhenDone = existsSync(join(data, SNAPSHOT_NAME));
        },
      },
    );
    expect(storedWhenDone).toBe(104);
    expect(snapshotWhenDone).toBe(false);
    expect(summary.added).toHaveLength(104);
    expect(summary.skipped).toEqual([{ path: join(root, "broken.txt"), reason: "file is empty" }]);
    expect(summary.ready).toBe(true);
    expect(finished).not.toEqual(items.map((i) => i.id));
    expect(reported).toEqual(items.map((i) => i.id));

    const restored = await Archive.open(data);
    expect(restored.restored).toBe(true);
    await rm(join(data, SNAPSHOT_NAME));
    const loaded = await Archive.open(data);
    expect(loaded.restored).toBe(false);
    expect(await loaded.saved).toBe(true);
    // Texts come as strings from a restored index and as UTF-8 from a built one: compared as text.
    const image = (archive: Archive) => {
      const { texts, ...rest } = archive.index.toImage()!;
      return { ...rest, texts: texts.map((t) => (typeof t === "string" ? t : Buffer.from(t).toString())) };
    };
    expect(image(restored)).toEqual(image(loaded));
    for (const q of articles.filter((_, n) => n % 25 === 0).flatMap((a, n) => questionsFor(a, n)))
      expect(restored.answer(q.q)).toEqual(loaded.answer(q.q));
    expect(restored.facts(articles[9]!.id)).toEqual(loaded.facts(articles[9]!.id));
  });
});
