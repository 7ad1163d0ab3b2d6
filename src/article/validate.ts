import { FACTS_VERSION, type Facts } from "./facts.ts";

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

type Obj = Record<string, unknown>;

// ISO 8601 at any precision the article may state: 2017, 2017-04, 2017-04-05, or a date-time.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === "object") return "an object";
  return typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v;
}

/**
 * Checks every field of a parsed facts file and returns it typed, or throws a `FactsError`.
 * Cross-references (paragraph and sentence numbers, speaker ids) are checked too, so code
 * downstream can index without guarding.
 */
export function validateFacts(value: unknown, file: string): Facts {
  const fail = (field: string, problem: string): never => {
    throw new FactsError(file, field, problem);
  };
  const obj = (v: unknown, field: string): Obj =>
    typeof v === "object" && v !== null && !Array.isArray(v)
      ? (v as Obj)
      : fail(field, `expected an object, got ${describe(v)}`);
  const str = (v: unknown, field: string): string =>
    typeof v === "string" ? v : fail(field, `expected a string, got ${describe(v)}`);
  const nonEmpty = (v: unknown, field: string): string => {
    const s = str(v, field);
    return s !== "" ? s : fail(field, "must not be empty");
  };
  const strOrNull = (v: unknown, field: string): string | null => (v === null ? null : str(v, field));
  const arr = <T>(v: unknown, field: string, each: (item: unknown, field: string) => T): T[] =>
    Array.isArray(v)
      ? v.map((item, i) => each(item, `${field}[${i}]`))
      : fail(field, `expected an array, got ${describe(v)}`);
  const int = (v: unknown, field: string, min: number, max: number): number =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? (v as number)
      : fail(
          field,
          max < min
            ? `got ${describe(v)}, but there is nothing to refer to`
            : `expected an integer from ${min} to ${max}, got ${describe(v)}`,
        );
  const oneOf = <T extends string>(v: unknown, field: string, allowed: readonly T[]): T =>
    allowed.includes(v as T)
      ? (v as T)
      : fail(field, `expected one of ${allowed.join(", ")}, got ${describe(v)}`);

  const root = obj(value, "(root)");
  // Checked first: an old file fails here with a useful remedy rather than on some renamed field.
  if (root.version !== FACTS_VERSION) {
    fail(
      "version",
      `is ${describe(root.version)}, this build reads version ${FACTS_VERSION}; re-ingest the article to regenerate it`,
    );
  }
  nonEmpty(root.id, "id");

  const meta = obj(root.metadata, "metadata");
  str(meta.headline, "metadata.headline");
  const published = strOrNull(meta.published, "metadata.published");
  if (published !== null && !ISO_DATE.test(published)) {
    fail("metadata.published", `expected an ISO 8601 date, got ${describe(published)}`);
  }
  strOrNull(meta.byline, "metadata.byline");
  strOrNull(meta.dateline, "metadata.dateline");
  strOrNull(meta.source, "metadata.source");
  arr(meta.captions, "metadata.captions", str);

  const paragraphCount = arr(root.paragraphs, "paragraphs", str).length;
  const paragraph = (v: unknown, field: string) => int(v, `${field}.paragraph`, 1, paragraphCount);

  const sentenceCount = arr(root.sentences, "sentences", (v, field) => {
    const s = obj(v, field);
    paragraph(s.paragraph, field);
    str(s.text, `${field}.text`);
  }).length;
  const sentence = (v: unknown, field: string) => int(v, `${field}.sentence`, 0, sentenceCount - 1);

  const personIds = new Set<string>();
  arr(root.people, "people", (v, field) => {
    const p = obj(v, field);
    const id = nonEmpty(p.id, `${field}.id`);
    if (personIds.has(id)) fail(`${field}.id`, `duplicate person id ${describe(id)}`);
    personIds.add(id);
    nonEmpty(p.name, `${field}.name`);
    arr(p.aliases, `${field}.aliases`, str);
    strOrNull(p.title, `${field}.title`);
    oneOf(p.kind, `${field}.kind`, ["person", "organisation"]);
    if (p.gender !== null) oneOf(p.gender, `${field}.gender`, ["f", "m"]);
  });
  const speaker = (v: unknown, field: string) => {
    const id = str(v, field);
    if (!personIds.has(id)) fail(field, `unknown person ${describe(id)}`);
  };

  arr(root.quotes, "quotes", (v, field) => {
    const q = obj(v, field);
    str(q.text, `${field}.text`);
    if (q.speakerId !== null) speaker(q.speakerId, `${field}.speakerId`);
    oneOf(q.kind, `${field}.kind`, ["direct", "partial", "scare"]);
    paragraph(q.paragraph, field);
    sentence(q.sentence, field);
  });

  arr(root.reported, "reported", (v, field) => {
    const r = obj(v, field);
    speaker(r.speakerId, `${field}.speakerId`);
    str(r.text, `${field}.text`);
    paragraph(r.paragraph, field);
    sentence(r.sentence, field);
  });

  return root as unknown as Facts;
}
