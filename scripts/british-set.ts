/**
 * A copy of a scored set as British copy quotes: each double mark single and each single mark
 * nested in a double-quoted passage double, in the articles and in the gold quotes alike (so the
 * scorer matches the words as the copy now writes them). Two-apostrophe copy (''…'') is left out:
 * it quotes in a style of its own. For measuring how the parser reads copy from other houses.
 *
 *   npx tsx scripts/british-set.ts SET_DIR OUT_DIR
 *   npx tsx scripts/quote-score.ts OUT_DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error("usage: british-set.ts SET_DIR OUT_DIR");

const WORD_CHAR = /[\p{L}\p{N}]/u;
const SINGLE_OF: Record<string, string> = { "“": "‘", "”": "’", '"': "'" };
const DOUBLE_OF: Record<string, string> = { "‘": "“", "’": "”", "'": '"' };

/** One paragraph rewritten; `inside` when it starts within a double-quoted passage (a gold quote). */
function british(paragraph: string, inside = false): string {
  const out = [...paragraph];
  let quoted = inside;
  let nested = -1;
  out.forEach((mark, i) => {
    const before = out[i - 1] ?? " ";
    const after = out[i + 1] ?? " ";
    if (mark === "“" || mark === "”" || mark === '"') {
      quoted = mark === "“" || (mark === '"' && !quoted);
      out[i] = SINGLE_OF[mark]!;
      nested = -1;
    } else if (!quoted || !(mark in DOUBLE_OF)) return;
    else if (nested < 0 && mark !== "’" && !WORD_CHAR.test(before) && WORD_CHAR.test(after)) nested = i;
    else if (nested >= 0 && mark !== "‘" && !WORD_CHAR.test(after)) {
      out[nested] = DOUBLE_OF[out[nested]!]!;
      out[i] = DOUBLE_OF[mark]!;
      nested = -1;
    }
  });
  return out.join("");
}

mkdirSync(join(to, "articles"), { recursive: true });
mkdirSync(join(to, "gold"), { recursive: true });
for (const name of readdirSync(join(from, "articles")).filter((n) => n.endsWith(".txt"))) {
  const text = readFileSync(join(from, "articles", name), "utf8");
  if (text.includes("''")) continue;
  writeFileSync(
    join(to, "articles", name),
    text
      .split("\n")
      .map((p) => british(p))
      .join("\n"),
  );
  const goldName = name.replace(/\.txt$/, ".json");
  const gold = JSON.parse(readFileSync(join(from, "gold", goldName), "utf8")) as {
    quotes?: { text: string }[];
  };
  for (const quote of gold.quotes ?? []) quote.text = british(quote.text, true);
  writeFileSync(join(to, "gold", goldName), `${JSON.stringify(gold, null, 2)}\n`);
}
