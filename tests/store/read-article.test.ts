import { truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ArticleInputError, decodeArticleBytes, readArticleText } from "../../src/store/read-article.ts";
import { tempDir } from "./helpers.ts";

const TEXT = "Kelly said \u201cthere will be no mass deportations\u201d at the caf\u00e9.\n";

async function readBytes(bytes: Uint8Array | string, name = "article.txt"): Promise<string> {
  const path = join(await tempDir(), name);
  await writeFile(path, bytes);
  return readArticleText(path);
}

function utf16be(text: string): Buffer {
  return Buffer.from(text, "utf16le").swap16();
}

describe("readArticleText", () => {
  it("reads plain UTF-8", async () => {
    expect(await readBytes(TEXT)).toBe(TEXT);
  });

  it("strips a UTF-8 BOM", async () => {
    expect(await readBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]))).toBe(TEXT);
  });

  it("decodes UTF-16 LE and BE with a BOM", async () => {
    expect(await readBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, "utf16le")]))).toBe(
      TEXT,
    );
    expect(await readBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]))).toBe(TEXT);
  });

  it("detects BOM-less UTF-16 by its NUL bytes", async () => {
    expect(await readBytes(Buffer.from(TEXT, "utf16le"))).toBe(TEXT);
    expect(await readBytes(utf16be(TEXT))).toBe(TEXT);
  });

  it("falls back to Windows-1252 for bytes that are not UTF-8", async () => {
    expect(await readBytes(Buffer.from("caf\xe9", "latin1"))).toBe("caf\u00e9");
    // 0x93/0x94 are curly quotes in Windows-1252, not C1 controls.
    expect(await readBytes(Buffer.from([0x93, 0x48, 0x69, 0x94]))).toBe("\u201cHi\u201d");
    // A UTF-8 BOM in front of Windows-1252 bytes is dropped, not shown as "ï»¿".
    expect(await readBytes(Buffer.from([0xef, 0xbb, 0xbf, 0x63, 0xe9]))).toBe("c\u00e9");
  });

  it("refuses an empty file, or one holding only a BOM or whitespace", async () => {
    await expect(readBytes("", "empty.txt")).rejects.toThrow(/empty\.txt: file is empty/);
    await expect(readBytes(Buffer.from([0xef, 0xbb, 0xbf]))).rejects.toThrow(ArticleInputError);
    await expect(readBytes(" \n\t\n")).rejects.toThrow(/file is empty/);
  });

  it("refuses binary files", async () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    await expect(readBytes(png, "photo.png")).rejects.toThrow(/photo\.png: a PNG image, not article text/);
    // A single NUL in otherwise plain text is enough.
    await expect(readBytes(`${TEXT}\0${TEXT}`)).rejects.toThrow(ArticleInputError);
    // No NULs, but mostly control characters.
    await expect(readBytes(Buffer.from([0x01, 0x02, 0x41, 0x03, 0x1b, 0x42, 0x7f]))).rejects.toThrow(
      /binary/,
    );
  });

  it("refuses a file over the limit before reading it", async () => {
    const path = join(await tempDir(), "huge.txt");
    await writeFile(path, "");
    await truncate(path, 50 * 1024 * 1024); // sparse: no disk used, but reading would take 50 MB
    const started = performance.now();
    await expect(readArticleText(path)).rejects.toThrow(/huge\.txt: 50\.0 MB exceeds the 5\.0 MB limit/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("honours a custom limit", async () => {
    const path = join(await tempDir(), "small.txt");
    await writeFile(path, "twelve bytes");
    await expect(readArticleText(path, 11)).rejects.toThrow(/12 bytes exceeds the 11 bytes limit/);
    expect(await readArticleText(path, 12)).toBe("twelve bytes");
  });

  it("names the file when it is missing or a directory", async () => {
    const dir = await tempDir();
    await expect(readArticleText(join(dir, "nope.txt"))).rejects.toThrow(/nope\.txt: no such file/);
    await expect(readArticleText(dir)).rejects.toThrow(`${dir}: not a regular file`);
  });
});

describe("decodeArticleBytes", () => {
  it("decodes bytes handed in directly, naming the source in errors", () => {
    expect(decodeArticleBytes(new TextEncoder().encode(TEXT), "attachment.txt")).toBe(TEXT);
    expect(() => decodeArticleBytes(new Uint8Array(), "attachment.txt")).toThrow(
      "attachment.txt: file is empty",
    );
  });

  it("refuses UTF-16 with a BOM that is not valid UTF-16", () => {
    // Odd length: a dangling half code unit.
    expect(() => decodeArticleBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), "a.txt")).toThrow(
      /a\.txt: looks like UTF-16LE but is not valid/,
    );
  });
});
