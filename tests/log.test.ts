import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, prettyStream, REDACTED, scrubSecrets } from "../src/log.ts";
import { captureLog } from "./bot/capture-log.ts";

const TOKEN = "MTIz.NDU2.secret-token-value";

describe("logger", () => {
  it("redacts token fields and authorization headers", () => {
    const { log, lines } = captureLog();
    log.info({ token: "abc", client: { token: "def" }, headers: { authorization: "Bot ghi" } }, "hello");
    const entry = lines()[0] as Record<string, { token?: string; authorization?: string }>;
    expect(entry.token).toBe(REDACTED);
    expect(entry.client?.token).toBe(REDACTED);
    expect(entry.headers?.authorization).toBe(REDACTED);
  });

  it("removes the token value wherever it appears, e.g. inside an error message", () => {
    const { log, text } = captureLog([TOKEN]);
    log.error({ err: new Error(`request with ${TOKEN} failed`), url: `https://x/${TOKEN}` }, `saw ${TOKEN}`);
    expect(text()).not.toContain(TOKEN);
    expect(text()).toContain(REDACTED);
  });

  it("removes interaction and webhook tokens from URLs, keeping the ids", () => {
    const { log, text } = captureLog();
    const error = Object.assign(new Error("Unknown interaction"), {
      url: "https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb24.tok/callback?with_response=false",
    });
    log.warn({ err: error, path: "/webhooks/456/d2ViaG9vaw.tok/messages/@original" }, "failed");
    expect(text()).not.toContain(".tok");
    expect(text()).toContain(`/interactions/123/${REDACTED}/callback?with_response=false`);
    expect(text()).toContain(`/webhooks/456/${REDACTED}/messages/@original`);
  });

  it("writes readable lines for a terminal, secrets removed all the same", () => {
    const chunks: string[] = [];
    const terminal = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk));
        done();
      },
    });
    const pretty = prettyStream(terminal);
    expect(pretty).not.toBeNull();
    const log = createLogger("info", [TOKEN], pretty!);
    log.info({ guild: "g1", token: "abc" }, `answered with ${TOKEN}`);
    const text = chunks.join("");
    expect(text).toMatch(/INFO.*answered with \[redacted\]/);
    expect(text).toContain('guild: "g1"');
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('{"level"');
  });

  it("ignores secrets too short to be real instead of shredding every line", () => {
    expect(scrubSecrets("a b c", ["a"])).toBe("a b c");
  });
});

describe("error serialisation", () => {
  it("drops the request body of API errors, which may contain what a user asked", () => {
    const { log, lines } = captureLog();
    const error = Object.assign(new Error("Invalid Form Body"), {
      status: 400,
      requestBody: { json: { content: "private" } },
    });
    log.error({ err: error }, "failed");
    const entry = lines()[0];
    expect(entry?.err).toMatchObject({ message: "Invalid Form Body", status: 400 });
    expect(JSON.stringify(entry)).not.toContain("private");
  });
});
