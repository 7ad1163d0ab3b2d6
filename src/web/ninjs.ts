/**
 * IPTC ninjs, the JSON that wire services deliver through their APIs, → article parts. Reads ninjs 1.x
 * (`headline`, `body_text` / `body_html`, `byline`, `located`, `versioncreated`) and the plural
 * fields of 2.x (`headlines`, `bodies`, `bylines`). Pure.
 */
import type { ArticleParts } from "../article/clean.ts";
import { paragraphsOfHtml } from "./extract.ts";

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const list = (v: unknown): Json[] =>
  Array.isArray(v) ? v.filter((x): x is Json => typeof x === "object" && x !== null) : [];

/** True when a JSON value looks like a ninjs news item. */
export function isNinjs(value: unknown): value is Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Json;
  const hasBody = str(v.body_text) || str(v.body_html) || list(v.bodies).length > 0;
  const hasHeadline = str(v.headline) || list(v.headlines).length > 0;
  return Boolean(hasBody && (hasHeadline || str(v.uri)));
}

function body(item: Json): string[] {
  const html =
    str(item.body_html) ?? str(list(item.bodies).find((b) => /html/.test(String(b.contenttype)))?.value);
  if (html) return paragraphsOfHtml(html);
  const text = str(item.body_text) ?? str(list(item.bodies)[0]?.value);
  return text ? text.split(/\n\s*\n|\r?\n/) : [];
}

function byline(item: Json): string | null {
  const names = list(item.bylines).map((b) => str(b.byline) ?? str(b.name));
  return str(item.byline) ?? (names.filter(Boolean).join(", ") || null);
}

/** A ninjs item → article parts; `isNinjs` first. */
export function ninjsParts(item: Json): ArticleParts {
  const located = item.located;
  const place = str(located) ?? (typeof located === "object" && located ? str((located as Json).name) : null);
  const uri = str(item.uri);
  return {
    headline: str(item.headline) ?? str(list(item.headlines)[0]?.value) ?? "",
    published: str(item.firstcreated) ?? str(item.versioncreated),
    byline: byline(item),
    source: str(item.copyrightholder) ?? str((item.provider as Json | undefined)?.name) ?? str(item.provider),
    url: uri && /^https?:\/\//.test(uri) ? uri : null,
    dateline: place,
    paragraphs: body(item),
  };
}
