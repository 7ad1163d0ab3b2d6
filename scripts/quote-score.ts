/**
 * The reference scorer's quote measures (../shared/eval/score.mjs), in process: parses each article
 * with `parseArticle` and scores it with the scorer's own placement (ported in tests/reference), so a
 * whole set is scored in seconds rather than one npm run per article, and counts the speakers no reader
 * would accept (pronouns, fragments, bare surnames: `bench/speaker-check.ts`). For tuning attribution; the
 * figures to report still come from the real scorer (`npm run eval`).
 *
 *   npx tsx scripts/quote-score.ts [--verbose] [--from N] [--count N] SET_DIR
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { badSpeakers } from "../bench/speaker-check.ts";
import { parseArticle } from "../src/article/parse.ts";
import { extractedQuotes, type Gold, scoreQuotes } from "../tests/reference/scorer.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    verbose: { type: "boolean", default: false },
    from: { type: "string", default: "0" },
    count: { type: "string", default: "100000" },
  },
});
const dir = positionals[0];
if (!dir) throw new Error("usage: quote-score.ts [--verbose] [--from N] [--count N] SET_DIR");
const from = Number(values.from);
const names = readdirSync(join(dir, "gold"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .slice(from, from + Number(values.count))
  .map((f) => f.replace(/\.json$/, ""));

const total = { gold: 0, found: 0, speakerRight: 0, extracted: 0, extractedRight: 0, unacceptable: 0 };
for (const name of names) {
  const gold = JSON.parse(readFileSync(join(dir, "gold", `${name}.json`), "utf8")) as Gold;
  const raw = readFileSync(join(dir, "articles", `${name}.txt`), "utf8");
  const facts = parseArticle(raw, name);
  const bad = badSpeakers(facts);
  const score = { ...scoreQuotes(gold, extractedQuotes(facts)), unacceptable: bad.length };
  for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += score[key];
  if (values.verbose) {
    for (const miss of score.misses) console.log(`${name}: ${miss}`);
    for (const b of bad)
      console.log(`${name}: unacceptable speaker (${b.kind}) "${b.speaker}" for "${b.quote}"`);
  }
}
const r = (a: number, b: number) => (b ? (a / b).toFixed(3) : "n/a");
console.log(
  `quotes found: ${total.found}/${total.gold} (recall ${r(total.found, total.gold)}); extracted right: ${total.extractedRight}/${total.extracted} (precision ${r(total.extractedRight, total.extracted)}); speaker right: ${total.speakerRight}/${total.gold} (${r(total.speakerRight, total.gold)}); unacceptable speakers: ${total.unacceptable}`,
);
