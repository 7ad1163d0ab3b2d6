import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkUpload, download, MAX_UPLOAD_BYTES, UploadError } from "../../src/bot/upload.ts";

describe("checkUpload", () => {
  const text = { name: "harbour-strike.txt", size: 1200, contentType: "text/plain; charset=utf-8" };

  it("takes a plain-text file and names the article after it", () => {
    expect(checkUpload(text)).toEqual({ ok: true, id: "harbour-strike" });
    expect(checkUpload({ ...text, contentType: null })).toEqual({ ok: true, id: "harbour-strike" });
    expect(checkUpload({ ...text, size: MAX_UPLOAD_BYTES })).toMatchObject({ ok: true });
  });

  it.each([
    ["over 1 MB", { size: MAX_UPLOAD_BYTES + 1 }, "at most 1 MB"],
    [
      "an image",
      { name: "photo.png", contentType: "image/png" },
      "image/png; send the article as a plain-text",
    ],
    ["a PDF", { name: "story.pdf", contentType: "application/pdf" }, "plain-text (.txt)"],
    ["untyped and not .txt", { name: "story.docx", contentType: null }, "plain-text (.txt)"],
    ["a name that is no id", { name: "..txt" }, "cannot name an article"],
  ])("refuses %s", (_, change, message) => {
    const result = checkUpload({ ...text, ...change });
    expect(result.ok).toBe(false);
    expect(!result.ok && String(result.message)).toContain(message);
  });
});

describe("download", () => {
  let base: string;
  const server = createServer((req, res) => {
    if (req.url === "/small") res.end("Headline\n\nBody.");
    else if (req.url === "/huge") res.end(Buffer.alloc(MAX_UPLOAD_BYTES + 10, 97));
    else res.writeHead(404).end();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("returns the bytes", async () => {
    expect(Buffer.from(await download(`${base}/small`, "a.txt")).toString()).toBe("Headline\n\nBody.");
  });

  it("stops at 1 MB whatever size was declared", async () => {
    await expect(download(`${base}/huge`, "a.txt")).rejects.toThrow(
      new UploadError("“a.txt” is larger than 1 MB"),
    );
  });

  it("reports a failed download", async () => {
    await expect(download(`${base}/gone`, "a.txt")).rejects.toThrow("could not download “a.txt” (HTTP 404)");
    await expect(download("http://127.0.0.1:1/x", "a.txt")).rejects.toThrow(UploadError);
  });
});
