/**
 * Cuts what a page's text never comes from — scripts (but JSON-LD), styles, inline SVG and comments —
 * out of the HTML before it is parsed: on news pages they are most of the bytes, and parsing them is
 * most of the time. Linear in the page's length, whatever the page holds. Pure.
 */

const HEAVY = ["script", "style", "svg", "noscript", "iframe", "select", "button", "aside"] as const;

/** Index of the first `<tag` (followed by a space, `>` or `/`) at or after `from`, or -1. */
function openTag(lower: string, tag: string, from: number): number {
  let at = lower.indexOf(`<${tag}`, from);
  while (at >= 0) {
    const next = lower.charCodeAt(at + tag.length + 1);
    // ">", "/", or whitespace: the tag itself, not `<scripts>` or `<svgfoo>`.
    if (next === 0x3e || next === 0x2f || next <= 0x20) return at;
    at = lower.indexOf(`<${tag}`, at + 1);
  }
  return -1;
}

/**
 * One pass from left to right: at each step the first heavy tag or comment still ahead is cut to its
 * close, so what lies inside one (a "<!--" or "<svg" in a script's strings) is never read as the
 * start of another, whose close could be far on and take the page's own markup with it (an MSN page
 * lost its `og:site_name` that way). Each kind's next place is kept and only looked for again once
 * passed, so the page is read a bounded number of times.
 */
export function stripHeavyTags(html: string): string {
  const lower = html.toLowerCase();
  const ahead = new Map<string, number>();
  const next = (key: string, from: number): number => {
    let at = ahead.get(key);
    if (at === undefined || (at >= 0 && at < from)) {
      at = key === COMMENT ? lower.indexOf(COMMENT, from) : openTag(lower, key, from);
      ahead.set(key, at);
    }
    return at;
  };
  let out = "";
  let pos = 0;
  for (;;) {
    let key = "";
    let at = -1;
    for (const candidate of KINDS) {
      const found = next(candidate, pos);
      if (found >= 0 && (at < 0 || found < at)) [key, at] = [candidate, found];
    }
    if (at < 0) break;
    const stop = closeOf(lower, key, at);
    if (stop < 0) {
      // Never closed: not cut, and the rest of the page still read ("<script>never closed").
      ahead.set(key, key === COMMENT ? lower.indexOf(COMMENT, at + 1) : openTag(lower, key, at + 1));
      continue;
    }
    const head = lower.slice(at, lower.indexOf(">", at) + 1);
    const kept = key === "script" && head.includes("ld+json");
    out += html.slice(pos, kept ? stop : at);
    pos = stop;
  }
  return pos === 0 ? html : out + html.slice(pos);
}

const COMMENT = "<!--";
const KINDS = [...HEAVY, COMMENT];

/** Where the tag or comment opened at `at` ends (just past its close), or -1 if it never closes. */
function closeOf(lower: string, key: string, at: number): number {
  if (key === COMMENT) {
    const close = lower.indexOf("-->", at + 4);
    return close < 0 ? -1 : close + 3;
  }
  const close = lower.indexOf(`</${key}`, at);
  if (close < 0) return -1;
  const end = lower.indexOf(">", close);
  return end < 0 ? lower.length : end + 1;
}
