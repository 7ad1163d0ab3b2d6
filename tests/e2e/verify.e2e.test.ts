/**
 * End to end: /verify through the real discord.js client against the fake Discord, with the shipped
 * data/ (the reference article): each verdict, the marked differences, and hostile claims.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BotProcess, startBotAgainstFakeDiscord } from "./bot-process.ts";
import type { FakeDiscord } from "./fake-discord.ts";
import { embedsOf, expectWithinLimits } from "./limits.ts";

const TOKEN = "MTAwMDAwMDAwMDAwMDAwMDA5.FakeVerify.verify-e2e-secret";
const NO_PINGS = { parse: [], replied_user: false };

let fake: FakeDiscord;
let bot: BotProcess;

beforeAll(async () => {
  ({ fake, bot } = await startBotAgainstFakeDiscord(TOKEN));
}, 30_000);

afterAll(async () => {
  await bot?.kill();
  await fake?.stop();
});

async function verify(options: Record<string, string>) {
  const reply = await fake.replyTo(fake.sendChatInput("verify", options));
  expect(reply.data.allowed_mentions).toEqual(NO_PINGS);
  return embedsOf(reply.data)[0]?.description ?? "";
}

describe.sequential("/verify", () => {
  it("confirms an exact quote with who said it and where", async () => {
    const text = await verify({ quote: "“no mass deportations”", speaker: "Kelly" });
    expect(text).toMatch(
      /^\*\*Exact\.\*\* "no mass deportations\." — John Kelly, US Homeland Security Secretary \(¶1, /,
    );
  });

  it("shows an altered quote's differences as struck-out and bold words", async () => {
    const text = await verify({
      quote: "There will be use of military forces in immigration",
      speaker: "John Kelly",
    });
    expect(text).toContain("**Altered.** John Kelly said something close, but not that:");
    expect(text).toContain("> There will be ~~no~~ use of military forces in immigration");
  });

  it("names who really said a misattributed quote", async () => {
    const text = await verify({ quote: "It's a military operation", speaker: "Kelly" });
    expect(text).toMatch(/^\*\*Misattributed\.\*\* Donald Trump said these words, not Kelly:/);
  });

  it("says what was searched when nobody said it", async () => {
    const text = await verify({ quote: "We will build the wall by Christmas", speaker: "Kelly" });
    expect(text).toMatch(
      /^\*\*Not found\.\*\* Kelly is not quoted saying that in the archive \(1 article\)\./,
    );
  });

  it("escapes Markdown and mentions in a hostile claim, and pings nobody", async () => {
    const text = await verify({
      quote:
        "There will be ```js **bold** use of military forces @everyone <@123456789012345678> in immigration",
      speaker: "**Kelly** @here",
    });
    expect(text).not.toMatch(/(?<!\\)```/);
    expect(text).not.toMatch(/(?<!\\)\*\*bold/);
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/(?<!\\)<@123/);
  });

  it("checks the first 1,000 characters of a 5,000-character claim and says so", async () => {
    const quote = "There will be no use of military forces in immigration ".repeat(100).slice(0, 5_000);
    const reply = await fake.replyTo(fake.sendChatInput("verify", { quote, speaker: "Kelly" }));
    const text = embedsOf(reply.data)[0]?.description ?? "";
    expect(text).toMatch(/^\(Only the first 9\d\d characters were checked\.\)/);
  });

  it("autocompletes the speaker from the quoted people", async () => {
    const reply = await fake.replyTo(
      fake.sendAutocomplete("verify", { quote: "x", speaker: "kel" }, "speaker"),
    );
    expect(reply.data.choices).toEqual([{ name: "John Kelly", value: "John Kelly" }]);
  });

  it("logs each verification with its verdict and never the quote, and kept every reply within limits", async () => {
    const line = await bot.waitForLog((l) => l.msg === "verify", "a verify log line");
    expect(line).toMatchObject({ verdict: "exact", article: "article" });
    expect(bot.stdout).not.toContain("no mass deportations");
    for (const request of fake.requests) expectWithinLimits(request);
    expect(bot.logs().filter((l) => (l.level ?? 0) >= 50)).toEqual([]);
  });
});
