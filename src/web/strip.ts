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

export function stripHeavyTags(html: string): string {
  const lower = html.toLowerCase();
  const cuts: [number, number][] = [];
  for (const tag of HEAVY) {
    let from = 0;
    for (let at = openTag(lower, tag, from); at >= 0; at = openTag(lower, tag, from)) {
      const close = lower.indexOf(`</${tag}`, at);
      if (close < 0) break;
      const end = lower.indexOf(">", close);
      const stop = end < 0 ? lower.length : end + 1;
      const head = lower.slice(at, lower.indexOf(">", at) + 1);
      if (!(tag === "script" && head.includes("ld+json"))) cuts.push([at, stop]);
      from = stop;
    }
  }
  let from = 0;
  for (let at = lower.indexOf("<!--", from); at >= 0; at = lower.indexOf("<!--", from)) {
    const close = lower.indexOf("-->", at + 4);
    if (close < 0) break;
    cuts.push([at, close + 3]);
    from = close + 3;
  }
  if (cuts.length === 0) return html;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = "";
  let pos = 0;
  for (const [start, end] of cuts) {
    if (start < pos) {
      pos = Math.max(pos, end);
      continue;
    }
    out += html.slice(pos, start);
    pos = end;
  }
  return out + html.slice(pos);
}
