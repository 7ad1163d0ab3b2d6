/**
 * Verification on real annotated articles (the six BBC articles of tests/fixtures/dev and the
 * reference article), all loaded as one archive: from every reference quote of six words or more by
 * a named speaker, a claim of each kind, each held to the bar (≥ 0.95 overall, ≥ 0.9 a
 * kind). A right verdict also needs the article's own words holding the quote, and its speaker.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/article/parse.ts";
import { ArchiveIndex } from "../../src/qa/index.ts";
import { readArticleText } from "../../src/store/read-article.ts";
import { type Verdict, verifyClaim } from "../../src/verify/verify.ts";
import { type Gold, norm, readGold, sameName } from "../reference/scorer.ts";

interface Claim {
  article: string;
  quote: string;
  speaker: string;
  expect: Verdict;
  original: string | null;
  saidBy: string;
}

const FULL_NAME = /^[A-Z][a-z]+( [A-Z][A-Za-z'-]+)+$/;

/** One word changed the ways a retelling changes it, in turn: dropped, negated, replaced, cut short. */
function alter(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  const content = words.findIndex((w, i) => i >= words.length / 3 && /^[A-Za-z]{5,}[,.]?$/.test(w));
  const at = content >= 0 ? content : Math.floor(words.length / 2);
  const out = [...words];
  if (n % 4 === 0) out.splice(at, 1);
  else if (n % 4 === 1) out.splice(at, 0, "not");
  else if (n % 4 === 2) out[at] = "pineapple";
  else out.splice(Math.max(3, Math.floor(words.length * 0.6)), words.length, "and", "so", "on", "forever");
  return out.join(" ");
}

function claimsOf(articles: { id: string; gold: Gold; text: string }[]): Claim[] {
  const narration = articles.map(({ text }) =>
    text
      .replace(/\s+/g, " ")
      .split(/(?<=[.!?])\s+(?=[A-Z])/)
      .filter((s) => s.split(" ").length >= 8 && !/["“”]|\b(said|says|told|added|according)\b/.test(s)),
  );
  const claims: Claim[] = [];
  articles.forEach(({ id, gold }, k) => {
    const quotes = (gold.quotes ?? []).filter((q) => q.speaker && FULL_NAME.test(q.speaker));
    const named = [...new Set(quotes.map((q) => q.speaker!))];
    quotes.forEach((q, n) => {
      if (q.kind === "scare" || q.text.split(/\s+/).length < 6) return;
      const speaker = q.speaker!;
      const base = { article: id, original: q.text, saidBy: speaker };
      claims.push({
        ...base,
        quote: q.text.toUpperCase(),
        speaker: speaker.split(" ").at(-1)!,
        expect: "exact",
      });
      claims.push({ ...base, quote: alter(q.text, n), speaker, expect: "altered" });
      const other = named.find((p) => p !== speaker && !(q.also_accept ?? []).includes(p));
      if (other) claims.push({ ...base, quote: q.text, speaker: other, expect: "misattributed" });
      const elsewhere = narration[(k + 1) % narration.length]!;
      const sentence = elsewhere[n % elsewhere.length];
      if (sentence) claims.push({ ...base, quote: sentence, speaker, expect: "not_found", original: null });
    });
  });
  return claims;
}

describe("verification on the development set and the reference article, as one archive", async () => {
  const dir = fileURLToPath(new URL("../fixtures/dev/articles/", import.meta.url));
  const ids = readdirSync(dir).map((f) => f.replace(/\.txt$/, ""));
  const articles = await Promise.all([
    ...ids.map(async (id) => ({
      id,
      gold: readGold(`dev/gold/${id}.json`),
      text: await readArticleText(`${dir}${id}.txt`),
    })),
    (async () => ({
      id: "seed",
      gold: readGold("seed/gold.json"),
      text: await readArticleText(fileURLToPath(new URL("../fixtures/seed/article.txt", import.meta.url))),
    }))(),
  ]);
  const index = new ArchiveIndex();
  for (const { id, text } of articles) index.add(parseArticle(text, id));
  const claims = claimsOf(articles);

  it("gives the right verdict, words and speaker at the issue's bar", () => {
    const tally = new Map<Verdict, [number, number]>();
    const misses: string[] = [];
    for (const c of claims) {
      const v = verifyClaim(index, { quote: c.quote, speaker: c.speaker });
      const f = v.found;
      const ok =
        v.verdict === c.expect &&
        (c.expect === "not_found" ||
          (f !== null &&
            f.article.id === c.article &&
            norm(f.text).includes(norm(c.original)) &&
            sameName(f.speaker.name, c.saidBy)));
      const [right, all] = tally.get(c.expect) ?? [0, 0];
      tally.set(c.expect, [right + Number(ok), all + 1]);
      if (!ok)
        misses.push(`${c.article} ${c.expect} ${c.speaker}: ${c.quote} -> ${v.verdict} ${f?.speaker.name}`);
    }
    const right = [...tally.values()].reduce((s, [r]) => s + r, 0);
    expect(right / claims.length, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
    for (const [kind, [r, all]] of tally)
      expect(r / all, `${kind}\n${misses.join("\n")}`).toBeGreaterThanOrEqual(0.9);
    expect([...tally.keys()].sort()).toEqual(["altered", "exact", "misattributed", "not_found"]);
  });
});
