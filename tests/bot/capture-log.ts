/** A real logger (redaction and all) whose lines are kept for assertions instead of printed. */
import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/log.ts";

export type Line = Record<string, unknown> & { level: number; msg: string };

export function captureLog(secrets: readonly string[] = []): {
  log: Logger;
  text: () => string;
  lines: () => Line[];
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const text = () => chunks.join("");
  const lines = () => chunks.map((chunk) => JSON.parse(chunk) as Line);
  return { log: createLogger("trace", secrets, stream), text, lines };
}
