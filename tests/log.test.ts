import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, REDACTED, scrubSecrets } from "../src/log.ts";

const TOKEN = "MTIz.NDU2.secret-token-value";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, stream };
}

describe("logger", () => {
  it("redacts token fields and authorization headers", () => {
    const { lines, stream } = capture();
    const log = createLogger("info", [], stream);
    log.info({ token: "abc", client: { token: "def" }, headers: { authorization: "Bot ghi" } }, "hello");
    const entry = JSON.parse(lines[0] as string);
    expect(entry.token).toBe(REDACTED);
    expect(entry.client.token).toBe(REDACTED);
    expect(entry.headers.authorization).toBe(REDACTED);
  });

  it("removes the token value wherever it appears, e.g. inside an error message", () => {
    const { lines, stream } = capture();
    const log = createLogger("info", [TOKEN], stream);
    log.error({ err: new Error(`request with ${TOKEN} failed`), url: `https://x/${TOKEN}` }, `saw ${TOKEN}`);
    expect(lines.join("")).not.toContain(TOKEN);
    expect(lines.join("")).toContain(REDACTED);
  });

  it("ignores secrets too short to be real instead of shredding every line", () => {
    expect(scrubSecrets("a b c", ["a"])).toBe("a b c");
  });
});

describe("error serialisation", () => {
  it("drops the request body of API errors, which may contain what a user asked", () => {
    const { lines, stream } = capture();
    const error = Object.assign(new Error("Invalid Form Body"), {
      status: 400,
      requestBody: { json: { content: "private" } },
    });
    createLogger("info", [], stream).error({ err: error }, "failed");
    const entry = JSON.parse(lines[0] as string);
    expect(entry.err.message).toBe("Invalid Form Body");
    expect(entry.err.status).toBe(400);
    expect(JSON.stringify(entry)).not.toContain("private");
  });
});
