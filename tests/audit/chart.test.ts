/** The chart: a real PNG of the stated size, drawn from a spec titled with the range and article count. */
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { sourceReport } from "../../src/audit/sources.ts";
import { CHART_SIZE, chartPng, chartSpec } from "../../src/present/chart.ts";
import { smallArchive } from "./helpers.ts";

const archive = smallArchive();
const OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"];

/** How many pixels have exactly this colour. */
function pixelsOf(png: PNG, hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b) n++;
  }
  return n;
}

describe("the source chart", () => {
  it("is titled with the range and the article count", () => {
    const report = sourceReport(archive, { range: { since: "2017-02-01", until: "2017-02-28" } });
    const title = (chartSpec(report).title as { text: string }).text;
    expect(title).toBe("Who gets quoted · 1 Feb 2017 – 28 Feb 2017 · 2 articles");
  });

  it("colours bars only from the colour-blind-safe palette (and grey for not stated)", () => {
    const colours = new Set(JSON.stringify(chartSpec(sourceReport(archive))).match(/#[0-9A-Fa-f]{6}/g));
    const isGrey = (c: string) => c.slice(1, 3) === c.slice(3, 5) && c.slice(3, 5) === c.slice(5, 7);
    const palette = [...colours].filter((c) => !isGrey(c));
    expect(palette.length).toBeGreaterThanOrEqual(5);
    for (const c of palette) expect(OKABE_ITO, c).toContain(c.toUpperCase());
  });

  it("renders to a PNG of the stated size that decodes, with the bars drawn", {
    timeout: 30_000,
  }, async () => {
    const png = PNG.sync.read(await chartPng(sourceReport(archive)));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    // Women (orange), men (blue) and named people (green) all have bars in this archive.
    for (const colour of ["#E69F00", "#0072B2", "#009E73"])
      expect(pixelsOf(png, colour)).toBeGreaterThan(500);
  });

  it("draws an empty range too, with no bars", { timeout: 30_000 }, async () => {
    const report = sourceReport(archive, { range: { since: "2030-01-01", until: null } });
    const png = PNG.sync.read(await chartPng(report));
    expect([png.width, png.height]).toEqual([CHART_SIZE.width, CHART_SIZE.height]);
    expect(pixelsOf(png, "#0072B2")).toBe(0);
  });
});
