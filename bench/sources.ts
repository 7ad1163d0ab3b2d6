/**
 * `npm run bench` (second part): the source audit over 10,000 generated articles — the report and its
 * chart, as `/sources` and `npm run sources -- --chart` make them. Prints the figures with the date and
 * machine and, last, one line `BENCH_SOURCES {json}`.
 *
 *   BENCH_SOURCES_ARTICLES=2000 npm run bench    a smaller archive (default 10000)
 *
 * "first" includes loading Vega, Vega-Lite, resvg and the font (once per process); "warm" is every
 * later report, which is what the bot pays after its first /sources.
 */
import os from "node:os";
import type { Facts } from "../src/article/facts.ts";
import { parseArticle } from "../src/article/parse.ts";
import { sourceReport } from "../src/audit/sources.ts";
import { chartPng } from "../src/present/chart.ts";
import { generateArticle } from "./generate.ts";

const RUNS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function timed(facts: Facts[]): Promise<{ reportMs: number; chartMs: number; bytes: number }> {
  const t0 = performance.now();
  const report = sourceReport(facts, { range: { since: "2004-01-01", until: "2030-12-31" } });
  const t1 = performance.now();
  const png = await chartPng(report);
  return { reportMs: t1 - t0, chartMs: performance.now() - t1, bytes: png.length };
}

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_SOURCES_ARTICLES ?? 10_000);
  const started = performance.now();
  const facts = Array.from({ length: count }, (_, i) => {
    const article = generateArticle(i);
    return parseArticle(article.text, article.id);
  });
  const parseS = (performance.now() - started) / 1000;
  const first = await timed(facts);
  const warm: { reportMs: number; chartMs: number; bytes: number }[] = [];
  for (let i = 0; i < RUNS; i++) warm.push(await timed(facts));
  const report = sourceReport(facts);
  const figures = {
    articles: count,
    quotes: report.quotes,
    people: report.people,
    firstMs: Math.round(first.reportMs + first.chartMs),
    warmReportMs: Math.round(median(warm.map((w) => w.reportMs))),
    warmChartMs: Math.round(median(warm.map((w) => w.chartMs))),
    warmTotalMs: Math.round(median(warm.map((w) => w.reportMs + w.chartMs))),
    pngBytes: first.bytes,
  };
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(
    `\nSource audit, ${new Date().toISOString().slice(0, 10)}, ${cpu}, ${os.cpus().length} cores, Node ${process.version}`,
  );
  console.log(
    `(${count.toLocaleString("en-GB")} generated articles parsed in ${parseS.toFixed(1)} s, not counted)`,
  );
  console.log(
    "| articles | quotes | people and bodies | first report + chart ms | warm report ms | warm chart ms | warm total ms |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- |");
  console.log(
    `| ${count.toLocaleString("en-GB")} | ${figures.quotes.toLocaleString("en-GB")} | ${figures.people.toLocaleString("en-GB")} | ${figures.firstMs} | ${figures.warmReportMs} | ${figures.warmChartMs} | ${figures.warmTotalMs} |`,
  );
  console.log(`BENCH_SOURCES ${JSON.stringify(figures)}`);
}

await main();
