/**
 * A copy of a scored set with every quoted person renamed, article by article, with names from
 * Africa, Asia, the Pacific and Eastern Europe that the parser's list of common first names does not
 * hold (a woman's name for a woman's, a man's for a man's, a name of either for one the list does not
 * know), in the articles and their gold alike: how far attribution leans on knowing the first name.
 *
 *   npx tsx scripts/renamed-set.ts SET_DIR OUT_DIR
 *   npx tsx scripts/quote-score.ts OUT_DIR
 *
 * Only names of two or three capitalised words are renamed, and only when neither the first name
 * nor the surname is also a word the article writes in lower case ("Young", "Price").
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { guessedGender } from "../src/article/first-names.ts";

const [from, to] = process.argv.slice(2);
if (!from || !to) throw new Error("usage: renamed-set.ts SET_DIR OUT_DIR");

const FIRST_NAMES = {
  f: "Aigerim Zsofia Oksana Aroha Chiamaka Svetlana Adaeze Nomvula Lindiwe Zanele Ifeoma Ngozi Priyanka Anjali Mei Yuki Malika Gulnara Agnieszka Katarzyna",
  m: "Oluwaseun Siddharth Xiaoming Bongani Nurlan Tomasz Wojciech Farhad Abdelaziz Mehmet Nnamdi Rangi Sione Haruto Olusegun Uhuru Mateusz Tariq Yerlan Bolat Dariusz Kofi Sipho Thabo Obinna",
  either: "Tendai Kagiso Kalani Chidi",
};
const SURNAMES =
  "Adeyemi Okonkwo Banerjee Zhang Nakamura Kowalczyk Szabo Abubakar Mwangi Otieno Nwosu Chukwu Balogun Karimov Nazarbayeva Wisniewski Dlamini Ndlovu Mahlangu Tuilagi Fonoti Ranginui Haidari Yilmaz Demir Petrenko Bondarenko Hakimi Ouattara Diallo Traore Kamau Wanjiru Vuong Phan Srinivasan Raghunathan Mukherjee Chowdhury".split(
    " ",
  );
const POOLS = Object.fromEntries(Object.entries(FIRST_NAMES).map(([k, v]) => [k, v.split(" ")]));

interface Gold {
  quotes: { text: string; speaker: string | null; note?: string; also_accept?: string[] }[];
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const writtenInLowerCase = (word: string, text: string) =>
  new RegExp(`\\b${escaped(word.toLowerCase())}\\b`).test(text);

/** Old name word → new, for the quoted people of one article (the `n`th of the set). */
function renaming(gold: Gold, text: string, n: number): Map<string, string> {
  const names = new Map<string, string>();
  const used: Record<string, number> = { f: 0, m: 0, either: 0, surname: 0 };
  const next = (pool: readonly string[], kind: string) => pool[(n * 7 + used[kind]!++) % pool.length]!;
  for (const { speaker, note } of gold.quotes) {
    if (!speaker || note?.includes("not a named person")) continue;
    const words = speaker.split(/\s+/);
    if (words.length < 2 || words.length > 3 || !words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w)))
      continue;
    const [first, last] = [words[0]!, words[words.length - 1]!];
    if (writtenInLowerCase(first, text) || writtenInLowerCase(last, text)) continue;
    const kind = guessedGender(first) ?? "either";
    if (!names.has(first)) names.set(first, next(POOLS[kind]!, kind));
    if (!names.has(last)) names.set(last, next(SURNAMES, "surname"));
  }
  return names;
}

mkdirSync(join(to, "articles"), { recursive: true });
mkdirSync(join(to, "gold"), { recursive: true });
readdirSync(join(from, "articles"))
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .forEach((name, n) => {
    const goldName = name.replace(/\.txt$/, ".json");
    const text = readFileSync(join(from, "articles", name), "utf8");
    const gold = JSON.parse(readFileSync(join(from, "gold", goldName), "utf8")) as Gold;
    const names = renaming(gold, text, n);
    const renamed = (s: string) => {
      for (const [old, now] of names)
        s = s.replace(new RegExp(`(?<!\\p{L})${escaped(old)}(?!\\p{L})`, "gu"), now);
      return s;
    };
    for (const quote of gold.quotes) {
      quote.text = renamed(quote.text);
      quote.speaker = quote.speaker && renamed(quote.speaker);
      if (quote.also_accept) quote.also_accept = quote.also_accept.map(renamed);
    }
    writeFileSync(join(to, "articles", name), renamed(text));
    writeFileSync(join(to, "gold", goldName), `${JSON.stringify(gold, null, 2)}\n`);
  });
