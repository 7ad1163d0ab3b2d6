/** `npm run verify` as the scorer drives it: claims on stdin, one JSON line per claim, in step. */
import { copyFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempDir } from "../hardening/helpers.ts";

const SEED = new URL("../fixtures/seed/article.txt", import.meta.url);
const HARBOUR = new URL("../fixtures/harbour.txt", import.meta.url);

async function archive(): Promise<string> {
  const dir = await tempDir("quote-bot-verify-");
  await copyFile(SEED, join(dir, "kelly.txt"));
  await copyFile(HARBOUR, join(dir, "harbour.txt"));
  const data = join(dir, "data");
  const ingest = await cli(["ingest", "--data", data, join(dir, "kelly.txt"), join(dir, "harbour.txt")]);
  expect(ingest.code).toBe(0);
  return data;
}

describe("npm run verify", () => {
  it("answers one JSON line per stdin line, bad lines included, across the whole archive", {
    timeout: 60_000,
  }, async () => {
    const data = await archive();
    const claims = [
      { quote: "It's a military operation", speaker: "Trump" },
      { quote: "It's a military operation", speaker: "Kelly" },
      { quote: "They have never once asked us where the whales spawn", speaker: "Pullman" },
      { quote: "The harbour will be closed to fishermen by June", speaker: "Pullman" },
    ];
    const input = `${claims.map((c) => JSON.stringify(c)).join("\n")}\nnot json\n{"quote": "no mass deportations"}\n`;
    const out = await cli(["verify", "--data", data, "--json"], input);
    const rows = out.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatchObject({
      quote: "It's a military operation",
      speaker: "Trump",
      verdict: "exact",
      article: "kelly",
      paragraph: 6,
      said_by: "Donald Trump",
      text: "It's a military operation,",
      changes: [],
    });
    expect(rows[1]).toMatchObject({ verdict: "misattributed", said_by: "Donald Trump" });
    expect(rows[2]).toMatchObject({
      verdict: "altered",
      article: "harbour",
      said_by: "Derek Pullman",
      changes: [{ type: "replaced", original: "fish", claimed: "whales" }],
    });
    expect(rows[3]).toMatchObject({ verdict: "not_found", text: null, said_by: null, searched: "archive" });
    expect(rows[4].error).toMatch(/not JSON/);
    expect(rows[5]).toMatchObject({ speaker: null, verdict: "exact", said_by: "John Kelly" });
    expect(out.code).toBe(1);
  });

  it("checks one quote given as an argument, in one article, in the bot's words as plain text", {
    timeout: 60_000,
  }, async () => {
    const data = await archive();
    const out = await cli([
      "verify",
      "--data",
      data,
      "--article",
      "harbour",
      "--speaker",
      "Oyelaran",
      "We have not listened to every objection",
    ]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Altered. Margaret Oyelaran said something close, but not that:");
    expect(out.stdout).toContain("> We have {+not+} listened to every objection");
    const unknown = await cli(["verify", "--data", data, "--article", "nope", "anything"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toBe('error: unknown article "nope"\n');
  });
});
