/**
 * A source report as a chart: a declarative Vega-Lite spec, rendered to SVG by Vega (no browser, no
 * canvas) and to PNG by resvg with the Inter font shipped in node_modules, so a machine with no system
 * fonts draws the same picture. Colours are the Okabe–Ito palette, which stays distinct under the
 * common colour-vision deficiencies.
 */
import { createRequire } from "node:module";
import type { Font } from "opentype.js";
import type { TopLevelSpec } from "vega-lite";
import type { GenderLabel, SourceReport } from "../audit/sources.ts";
import { reportTitle } from "./sources.ts";

/** The PNG's size in pixels: 800×450 drawn at twice the scale, so it stays sharp when opened. */
export const CHART_SIZE = { width: 1600, height: 900 } as const;
const LOGICAL = { width: 800, height: 450 };

const FONT = "Inter";
const require = createRequire(import.meta.url);
const REGULAR = require.resolve("@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf");
const SEMIBOLD = require.resolve("@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf");

// Okabe–Ito.
const ORANGE = "#E69F00";
const BLUE = "#0072B2";
const GREY = "#8C8C8C";
const GREEN = "#009E73";
const PURPLE = "#CC79A7";
const SKY = "#56B4E9";

const GENDER: Record<GenderLabel, { label: string; color: string }> = {
  woman: { label: "Women", color: ORANGE },
  man: { label: "Men", color: BLUE },
  notStated: { label: "Not stated", color: GREY },
};
const SOURCES = {
  named: { label: "Named people", color: GREEN },
  unnamed: { label: "Unnamed sources", color: PURPLE },
  organisation: { label: "Organisations", color: SKY },
};
/** Rows kept for the most-quoted panel, filled or not, so the layout never moves. */
const TOP_ROWS = 8;

interface Bar {
  label: string;
  value: number;
  text: string;
  color: string;
}

const share = (part: number, whole: number) => (whole ? `${Math.round((100 * part) / whole)}%` : "0%");

/** One panel of horizontal bars with their counts at the end. */
function barPanel(title: string, bars: Bar[], width: number, rowHeight: number): Record<string, unknown> {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return {
    title: { text: title, anchor: "start", fontSize: 19, fontWeight: 600, offset: 8 },
    width,
    height: { step: rowHeight },
    data: { values: bars },
    encoding: {
      y: {
        field: "label",
        type: "nominal",
        sort: null,
        title: null,
        axis: { labelFontSize: 17, labelLimit: 220, ticks: false, domain: false, labelPadding: 8 },
      },
      x: {
        field: "value",
        type: "quantitative",
        title: null,
        axis: null,
        scale: { domain: [0, max * 1.3] },
      },
    },
    layer: [
      {
        mark: { type: "bar", cornerRadiusEnd: 3, height: { band: 0.72 } },
        encoding: { color: { field: "color", type: "nominal", scale: null, legend: null } },
      },
      {
        mark: { type: "text", align: "left", dx: 6, fontSize: 16, color: "#222" },
        encoding: { text: { field: "text" } },
      },
    ],
  };
}

/** The Vega-Lite spec of the chart: gender and kinds of source on the left, most quoted on the right. */
export function chartSpec(report: SourceReport): TopLevelSpec {
  const people = Object.values(report.gender).reduce((n, t) => n + t.people, 0);
  const gender = (Object.keys(GENDER) as GenderLabel[]).map((k) => ({
    label: GENDER[k].label,
    value: report.gender[k].people,
    text: `${report.gender[k].people} (${share(report.gender[k].people, people)})`,
    color: GENDER[k].color,
  }));
  const sources = (Object.keys(SOURCES) as (keyof typeof SOURCES)[]).map((k) => ({
    label: SOURCES[k].label,
    value: report.sources[k].quotes,
    text: `${report.sources[k].quotes} (${share(report.sources[k].quotes, report.quotes)})`,
    color: SOURCES[k].color,
  }));
  const top: Bar[] = report.top.slice(0, TOP_ROWS).map((p) => ({
    label: p.name,
    value: p.quotes,
    text: String(p.quotes),
    color: GENDER[p.gender].color,
  }));
  // Blank rows (zero-width spaces keep them distinct) so a short list draws at the same size.
  for (let i = top.length; i < TOP_ROWS; i++)
    top.push({ label: "\u200b".repeat(i + 1), value: 0, text: "", color: GREY });
  const direct = share(report.quoteKinds.direct, report.quotes);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: reportTitle(report),
      subtitle: `${report.quotes} quotes · ${report.people} people and bodies · ${direct} direct · gender as the articles state it`,
      anchor: "start",
      fontSize: 24,
      subtitleFontSize: 16,
      subtitleColor: "#444",
      fontWeight: 600,
      offset: 14,
    },
    background: "white",
    padding: 16,
    config: { font: FONT, view: { stroke: null } },
    hconcat: [
      {
        vconcat: [
          barPanel("Quoted people by gender", gender, 150, 42),
          barPanel("Quotes by kind of source", sources, 150, 42),
        ],
        spacing: 26,
      },
      barPanel("Quoted most (colour: gender)", top, 190, 36),
    ],
    spacing: 40,
  } as unknown as TopLevelSpec;
}

/**
 * Vega sizes its SVG to the text it lays out; the PNG has one fixed size. The root keeps its viewBox
 * and takes the fixed width and height, so the drawing is scaled to fit, centred.
 */
function fixedCanvas(svg: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_tag, attrs: string) => {
    const sized = attrs
      .replace(/\swidth="[^"]*"/, ` width="${LOGICAL.width}"`)
      .replace(/\sheight="[^"]*"/, ` height="${LOGICAL.height}"`);
    return `<svg${sized} preserveAspectRatio="xMidYMid meet">`;
  });
}

type Vega = typeof import("vega");
/** Vega's text measure (vega-scenegraph's textMetrics.width), which the typings leave out. */
type TextWidth = (
  item: { text?: unknown; fontSize?: number; fontWeight?: unknown },
  text?: unknown,
) => number;

let loaded: Promise<Vega> | undefined;

/** The sum of the glyphs' advances: labels are short, so kerning and ligatures can be left out. */
function textWidth(font: Font, text: string, fontSize: number): number {
  let units = 0;
  for (const ch of text) units += font.charToGlyph(ch).advanceWidth ?? font.unitsPerEm / 2;
  return (units * fontSize) / font.unitsPerEm;
}

/**
 * Vega, loaded on first use (the bot and the other commands start without it), measuring text with
 * the font the PNG is drawn in. Without a canvas Vega guesses 0.8 em a letter, which clips labels
 * that fit; the font's own advance widths make the layout exact.
 */
function loadVega(): Promise<Vega> {
  loaded ??= (async () => {
    const [vega, opentype, { readFile }] = await Promise.all([
      import("vega"),
      import("opentype.js"),
      import("node:fs/promises"),
    ]);
    const parse = async (file: string) => {
      const bytes = await readFile(file);
      return opentype.default.parse(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      );
    };
    const [regular, semibold] = await Promise.all([parse(REGULAR), parse(SEMIBOLD)]);
    const metrics = (vega as unknown as { textMetrics: { width: TextWidth } }).textMetrics;
    metrics.width = (item, text) => {
      const bold = Number(item.fontWeight) >= 600 || item.fontWeight === "bold";
      return textWidth(bold ? semibold : regular, String(text ?? item.text ?? ""), item.fontSize ?? 11);
    };
    return vega;
  })();
  return loaded;
}

/** The chart as SVG text (Vega's own renderer, no DOM). */
export async function chartSvg(report: SourceReport): Promise<string> {
  const [vega, vegaLite] = await Promise.all([loadVega(), import("vega-lite")]);
  const compiled = vegaLite.compile(chartSpec(report)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** The chart as a PNG of exactly `CHART_SIZE`. */
export async function chartPng(report: SourceReport): Promise<Buffer> {
  const svg = fixedCanvas(await chartSvg(report));
  const { Resvg } = await import("@resvg/resvg-js");
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: CHART_SIZE.width },
    background: "white",
    font: { loadSystemFonts: false, fontFiles: [REGULAR, SEMIBOLD], defaultFontFamily: FONT },
  });
  return resvg.render().asPng();
}
