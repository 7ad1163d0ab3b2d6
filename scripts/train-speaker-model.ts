/**
 * Trains the speaker model of `src/article/speaker-model.ts`: for every quote that no words in its
 * sentence attribute, the parser lists the candidates (people in view, and "nobody") with their
 * features; the gold speaker says which candidate is right ("nobody" when none of them is). A
 * conditional logit (softmax over each quote's candidates, L2-regularised, full-batch gradient
 * descent from zero) learns one weight per feature. Deterministic: same data, same weights.
 *
 *   npx tsx scripts/train-speaker-model.ts [--train DIR] [--dev DIR] [--out FILE] [--dry-run]
 *
 * Defaults: ../shared/polnear/train, ../shared/polnear/dev, src/article/speaker-model.json. Prints how
 * often the hand-written rule and the model choose the gold speaker on each set.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { parseArticle } from "../src/article/parse.ts";
import {
  bestCandidate,
  type Candidate,
  FEATURES,
  type SpeakerChooser,
  type SpeakerModel,
  type SpeakerModelFile,
} from "../src/article/speaker-model.ts";
import { type Gold, norm, sameName } from "../tests/reference/scorer.ts";

/**
 * One decision: the candidates and which of them is right: the gold speaker's, else "nobody" (for a
 * scare quote, a title or slogan, or a speaker not in view: a document, a description the parser
 * never listed), else -1 when no candidate is right (nobody is not one where the rule names someone).
 */
export interface Example {
  article: string;
  quote: string;
  candidates: readonly Candidate[];
  gold: number;
  /** A scare quote: nobody said it. */
  scare: boolean;
}

/**
 * The decisions the parser leaves to the model in one set's articles, labelled by the gold. The
 * parser runs with the hand-written rule's choice, so the examples do not depend on earlier weights.
 */
export function collectExamples(dir: string): Example[] {
  const examples: Example[] = [];
  const names = readdirSync(join(dir, "gold"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  for (const file of names) {
    const name = file.replace(/\.json$/, "");
    const gold = JSON.parse(readFileSync(join(dir, "gold", file), "utf8")) as Gold;
    const raw = readFileSync(join(dir, "articles", `${name}.txt`), "utf8");
    const decisions = new Map<number, readonly Candidate[]>();
    const rule: SpeakerChooser = (candidates, quote) => {
      decisions.set(quote, candidates);
      return candidates.find((c) => c.features[RULE]! > 0)?.entity ?? null;
    };
    const facts = parseArticle(raw, name, rule);
    const golds = alignGold(
      facts.quotes.map((q) => q.text),
      gold,
    );
    for (const [quote, candidates] of decisions) {
      const want = golds[quote];
      if (!want) continue;
      const named =
        want === "scare"
          ? -1
          : candidates.findIndex((c) => c.entity && sameName(c.entity.name, want.speaker, want.also));
      // Nobody is right where the gold speaker is not in view, if "nobody" is a candidate.
      const gold = named >= 0 ? named : candidates.findIndex((c) => c.entity === null);
      examples.push({
        article: name,
        quote: facts.quotes[quote]!.text,
        candidates,
        gold,
        scare: want === "scare",
      });
    }
  }
  return examples;
}
const RULE = FEATURES.indexOf("rule_pick");

/**
 * The gold speaker of each extracted quote, matched by its text in document order: "scare" for a
 * scare quote, null when unknown (not in the gold, or a speaker the annotation left undecided).
 */
function alignGold(
  texts: readonly string[],
  gold: Gold,
): ({ speaker: string; also: string[] } | "scare" | null)[] {
  const pool = (gold.quotes ?? []).map((g) => ({ g, text: norm(g.text), used: false }));
  return texts.map((text) => {
    const n = norm(text);
    const match = pool.find((p) => !p.used && p.text === n);
    if (!match) return null;
    match.used = true;
    const { speaker, kind, also_accept } = match.g;
    if (kind === "scare") return "scare";
    return speaker != null ? { speaker, also: also_accept ?? [] } : null;
  });
}

export interface TrainOptions {
  iterations: number;
  rate: number;
  l2: number;
}
export const DEFAULTS: TrainOptions = { iterations: 3000, rate: 0.5, l2: 0.003 };

/**
 * Softmax over each example's candidates; full-batch gradient descent on the mean log-loss, over the
 * examples where some candidate is right.
 */
export function train(all: readonly Example[], options: TrainOptions = DEFAULTS): SpeakerModel {
  const examples = all.filter((e) => e.gold >= 0);
  const weights = new Float64Array(FEATURES.length);
  const model: SpeakerModel = { features: FEATURES, weights };
  const gradient = new Float64Array(FEATURES.length);
  for (let it = 0; it < options.iterations; it++) {
    gradient.fill(0);
    for (const { candidates, gold } of examples) {
      const scores = candidates.map((c) => dot(weights, c.features));
      const top = Math.max(...scores);
      const exps = scores.map((s) => Math.exp(s - top));
      const total = exps.reduce((a, b) => a + b, 0);
      candidates.forEach((c, k) => {
        const p = exps[k]! / total - (k === gold ? 1 : 0);
        for (let i = 0; i < gradient.length; i++) gradient[i]! += p * c.features[i]!;
      });
    }
    for (let i = 0; i < weights.length; i++)
      weights[i]! -= options.rate * (gradient[i]! / Math.max(1, examples.length) + options.l2 * weights[i]!);
  }
  return model;
}

/** How many examples a chooser names someone for who is not the gold speaker. */
export function falseCount(examples: readonly Example[], choose: (e: Example) => Candidate): number {
  return examples.filter((e) => {
    const chosen = choose(e);
    return chosen.entity !== null && chosen !== e.candidates[e.gold];
  }).length;
}

function dot(weights: Float64Array, features: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += weights[i]! * features[i]!;
  return sum;
}

/** How many examples a chooser gets right, counting only those whose gold speaker is a named candidate. */
export function rightCount(examples: readonly Example[], choose: (e: Example) => Candidate): number {
  return examples.filter((e) => speaks(e) && choose(e) === e.candidates[e.gold]).length;
}

/** Is the gold speaker one of the candidates? */
export const speaks = (e: Example): boolean => !!e.candidates[e.gold]?.entity;

/** What the hand-written rule chose: its pick, else "nobody" (then the first candidate). */
export const ruleChoice = (e: Example): Candidate =>
  e.candidates.find((c) => c.features[RULE]! > 0) ?? e.candidates[0]!;

export function modelFile(model: SpeakerModel, trainedOn: string): SpeakerModelFile {
  const weights = Object.fromEntries(
    model.features.map((f, i) => [f, Math.round(model.weights[i]! * 1e6) / 1e6]),
  );
  return { model: "speaker-fallback-logit", trainedOn, weights };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      train: { type: "string", default: "../shared/polnear/train" },
      dev: { type: "string", default: "../shared/polnear/dev" },
      out: { type: "string", default: "src/article/speaker-model.json" },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const trainSet = collectExamples(values.train);
  const devSet = collectExamples(values.dev);
  const model = train(trainSet);
  for (const [label, set] of [
    ["train", trainSet],
    ["dev", devSet],
  ] as const) {
    const answerable = set.filter(speaks).length;
    const rule = rightCount(set, ruleChoice);
    const learned = rightCount(set, (e) => bestCandidate(model, e.candidates));
    const ruleFalse = falseCount(set, ruleChoice);
    const learnedFalse = falseCount(set, (e) => bestCandidate(model, e.candidates));
    console.log(
      `${label}: ${set.length} decisions, ${answerable} with the gold speaker among the candidates; right: rule ${rule}, model ${learned}; someone wrong named: rule ${ruleFalse}, model ${learnedFalse}`,
    );
  }
  FEATURES.forEach((f, i) => {
    console.log(`  ${f.padEnd(30)} ${model.weights[i]!.toFixed(3)}`);
  });
  if (values["dry-run"]) return;
  const file = modelFile(model, `${values.train}: ${trainSet.length} decisions`);
  // Written whole, then renamed: a half-written weights file never replaces a good one.
  writeFileSync(`${values.out}.tmp`, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(`${values.out}.tmp`, values.out);
  console.log(`wrote ${values.out}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
