/**
 * The part of opentype.js the chart uses: the advance widths of a font's glyphs. Declared here because
 * the DefinitelyTyped package pulls the DOM's types into the whole project.
 */
declare module "opentype.js" {
  export interface Font {
    unitsPerEm: number;
    charToGlyph(char: string): { advanceWidth?: number };
  }
  const opentype: { parse(buffer: ArrayBuffer): Font };
  export default opentype;
}
