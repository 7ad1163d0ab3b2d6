/**
 * The versioned facts of one article: everything the bot answers from. Produced by `parseArticle`,
 * stored as `data/<id>.facts.json`, validated on load. One zod schema gives both the types and the
 * validation; `validateFacts` adds the cross-references (paragraph and sentence numbers, speaker ids),
 * so code downstream can index without guarding, and words every problem as "file: field: problem".
 */
import { z } from "zod";

export const FACTS_VERSION = 2;

// ISO 8601 at any precision the article may state: 2017, 2017-04, 2017-04-05, or a date-time.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

const nonEmpty = z.string().min(1);
/** A 1-based paragraph number or 0-based sentence index; its range is checked against the article. */
const index = z.int();

const METADATA = z.object({
  headline: z.string(),
  /** ISO 8601 date or date-time, as precise as the article states it. */
  published: z.string().regex(ISO_DATE, { error: "expected an ISO 8601 date" }).nullable(),
  byline: z.string().nullable(),
  dateline: z.string().nullable(),
  /** Agency or source, e.g. "AP". */
  source: z.string().nullable(),
  /** Photo captions and credit lines, kept apart from the body. */
  captions: z.array(z.string()),
  /** The canonical URL of a web page, feed item or wire document; absent (files written before it) or null for text files. */
  url: z.string().nullable().optional(),
});

const PERSON = z.object({
  /** Stable within the article: "p1", "p2"… */
  id: nonEmpty,
  /** Full name as first given ("John Kelly"), or the organisation's description ("Pena Nieto's office"). */
  name: nonEmpty,
  /** Other forms the article uses: surnames, "Mr Clarke", descriptive roles. */
  aliases: z.array(z.string()),
  /** The title or role as the article states it, or null. */
  title: z.string().nullable(),
  kind: z.enum(["person", "organisation"]),
  /**
   * "f" (woman) or "m" (man) only as the article states it: an honorific (Mrs, Mr, Sir), a gendered
   * title (spokeswoman, chairman) or a he/she resolved to this person. Never guessed from a first name.
   */
  gender: z.enum(["f", "m"]).nullable(),
});

const QUOTE = z.object({
  /** The words inside the quotation marks, exactly as in the cleaned paragraph. */
  text: z.string(),
  /** Person id, or null for scare quotes and unattributed spans. */
  speakerId: z.string().nullable(),
  kind: z.enum(["direct", "partial", "scare"]),
  /** 1-based paragraph number in the body. */
  paragraph: index,
  /** 0-based index into `sentences` of the sentence the quote starts in. */
  sentence: index,
});

const REPORTED = z.object({
  speakerId: z.string(),
  /** The reported content ("all deportations will comply with …"), a substring of its sentence. */
  text: z.string(),
  paragraph: index,
  sentence: index,
});

const SENTENCE = z.object({ paragraph: index, text: z.string() });

export const FACTS = z.object({
  version: z.literal(FACTS_VERSION),
  id: nonEmpty,
  metadata: METADATA,
  /** Cleaned body paragraphs; paragraph n is `paragraphs[n - 1]`. */
  paragraphs: z.array(z.string()),
  sentences: z.array(SENTENCE),
  people: z.array(PERSON),
  quotes: z.array(QUOTE),
  reported: z.array(REPORTED),
});

export type Facts = z.infer<typeof FACTS>;
export type Metadata = Facts["metadata"];
export type Person = z.infer<typeof PERSON>;
export type PersonKind = Person["kind"];
export type StatedGender = Person["gender"];
export type Quote = z.infer<typeof QUOTE>;
export type QuoteKind = Quote["kind"];
export type ReportedSpeech = z.infer<typeof REPORTED>;
export type Sentence = z.infer<typeof SENTENCE>;

/** A facts file that cannot be trusted; the message names the file and the offending field. */
export class FactsError extends Error {
  override name = "FactsError";
  readonly file: string;
  readonly field: string | null;

  constructor(file: string, field: string | null, problem: string) {
    super(field ? `${file}: ${field}: ${problem}` : `${file}: ${problem}`);
    this.file = file;
    this.field = field;
  }
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "object") return "an object";
  return typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v;
}

/** `quotes[0].speakerId` */
function fieldOf(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`))
    .join("");
}

const EXPECTED: Record<string, string> = {
  string: "a string",
  object: "an object",
  array: "an array",
  int: "an integer",
  number: "an integer",
};

function problemOf(issue: z.core.$ZodIssue): string {
  const got = `got ${describe(issue.input)}`;
  switch (issue.code) {
    case "invalid_type":
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, ${got}`;
    case "invalid_value":
      return `expected one of ${issue.values.join(", ")}, ${got}`;
    case "too_small":
      return "must not be empty";
    default:
      return `${issue.message}, ${got}`;
  }
}

/**
 * Checks every field of a parsed facts file and returns it typed, or throws a `FactsError` naming
 * `file` and the first bad field.
 */
export function validateFacts(value: unknown, file: string): Facts {
  const fail = (field: string, problem: string): never => {
    throw new FactsError(file, field, problem);
  };
  // Checked first: an old file fails here with a useful remedy rather than on some renamed field.
  const version = (value as { version?: unknown } | null)?.version;
  if (typeof value === "object" && value !== null && !Array.isArray(value) && version !== FACTS_VERSION) {
    fail(
      "version",
      `is ${describe(version)}, this build reads version ${FACTS_VERSION}; re-ingest the article to regenerate it`,
    );
  }
  const parsed = FACTS.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(fieldOf(issue.path), problemOf(issue));
  }
  checkReferences(parsed.data, fail);
  return parsed.data;
}

/** Paragraph and sentence numbers within the article, speaker ids among its people, no id twice. */
function checkReferences(facts: Facts, fail: (field: string, problem: string) => never): void {
  const inRange = (v: number, field: string, min: number, max: number) => {
    if (v < min || v > max)
      fail(
        field,
        max < min
          ? `got ${v}, but there is nothing to refer to`
          : `expected an integer from ${min} to ${max}, got ${v}`,
      );
  };
  const paragraphs = facts.paragraphs.length;
  const sentences = facts.sentences.length;
  const located = (item: { paragraph: number; sentence?: number }, field: string) => {
    inRange(item.paragraph, `${field}.paragraph`, 1, paragraphs);
    if (item.sentence !== undefined) inRange(item.sentence, `${field}.sentence`, 0, sentences - 1);
  };
  facts.sentences.forEach((s, i) => {
    located(s, `sentences[${i}]`);
  });
  const people = new Set<string>();
  facts.people.forEach((p, i) => {
    if (people.has(p.id)) fail(`people[${i}].id`, `duplicate person id ${describe(p.id)}`);
    people.add(p.id);
  });
  const speaker = (id: string | null, field: string) => {
    if (id !== null && !people.has(id)) fail(field, `unknown person ${describe(id)}`);
  };
  facts.quotes.forEach((q, i) => {
    speaker(q.speakerId, `quotes[${i}].speakerId`);
    located(q, `quotes[${i}]`);
  });
  facts.reported.forEach((r, i) => {
    speaker(r.speakerId, `reported[${i}].speakerId`);
    located(r, `reported[${i}]`);
  });
}
