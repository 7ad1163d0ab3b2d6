/**
 * Web-page extraction throughput for `npm run bench`: decoding and extracting whole saved news pages in
 * one process, one core. Real pages when `../shared/html-dev/pages` is beside the project (87 pages
 * from 60 sites); otherwise generated pages with the same furniture (navigation, scripts, JSON-LD,
 * captions, share buttons, footers), which are smaller and so faster than real ones.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeHtml } from "../src/web/charset.ts";
import { extractArticle } from "../src/web/extract.ts";
import { generateArticle } from "./generate.ts";

export interface ExtractionResult {
  pages: number;
  source: "html-dev" | "generated";
  avgKb: number;
  passes: number;
  perSecond: number;
}

function generatedPage(i: number): Buffer {
  const { text } = generateArticle(i, 7);
  const [headline, ...paragraphs] = text.split(/\n\s*\n/);
  const nav = Array.from({ length: 40 }, (_, k) => `<li><a href="/s/${k}">Section ${k}</a></li>`).join("");
  const script = `<script>${"window.dataLayer.push({event:'x'});".repeat(400)}</script>`;
  const ld = JSON.stringify({ "@type": "NewsArticle", headline, datePublished: "2020-01-01T00:00:00Z" });
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title>${script}
<script type="application/ld+json">${ld}</script></head><body><nav><ul>${nav}</ul></nav>
<article><h1>${headline}</h1><figure><img src="x.jpg"><figcaption>A caption</figcaption></figure>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}<div class="share">Share</div></article>
<aside><ul>${nav}</ul></aside><footer><p>© Newsroom</p></footer></body></html>`,
  );
}

function pages(root: string): { source: ExtractionResult["source"]; bytes: Buffer[] } {
  const dir = join(root, "..", "shared", "html-dev", "pages");
  if (existsSync(dir)) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".html"))
      .sort();
    return { source: "html-dev", bytes: files.map((f) => readFileSync(join(dir, f))) };
  }
  return { source: "generated", bytes: Array.from({ length: 80 }, (_, i) => generatedPage(i)) };
}

/** Pages per second over `passes` passes after one warm-up pass. */
export function benchExtraction(root: string, passes = 3): ExtractionResult {
  const { source, bytes } = pages(root);
  for (const page of bytes) extractArticle(decodeHtml(page));
  const started = performance.now();
  for (let pass = 0; pass < passes; pass++) {
    for (const page of bytes) extractArticle(decodeHtml(page));
  }
  const seconds = (performance.now() - started) / 1000;
  const kb = bytes.reduce((n, b) => n + b.length, 0) / bytes.length / 1024;
  return {
    pages: bytes.length,
    source,
    avgKb: Math.round(kb),
    passes,
    perSecond: Math.round((bytes.length * passes) / seconds),
  };
}
