import { mkdir, readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ChannelState } from "../../src/store/channel-state.ts";
import { loadFactsDir } from "../../src/store/facts-store.ts";
import { captureLog, tempDir } from "./helpers.ts";

describe("ChannelState", () => {
  it("keeps each channel's article in a state file that a restart reads back", async () => {
    const dir = await tempDir();
    const { log } = captureLog();
    const state = ChannelState.inDataDir(dir, log);
    expect(await state.get("1")).toBeUndefined();
    await state.set("1", "article");
    await state.set("2", "harbour-strike");
    const restarted = ChannelState.inDataDir(dir, log);
    expect(await restarted.get("1")).toBe("article");
    expect(await restarted.get("2")).toBe("harbour-strike");
    await restarted.set("1", null);
    expect(await state.get("1")).toBeUndefined();
    expect(JSON.parse(await readFile(join(dir, ".state", "channels.json"), "utf8"))).toEqual({
      version: 1,
      channels: { "2": "harbour-strike" },
    });
  });

  it("stays out of the facts loader's way", async () => {
    const dir = await tempDir();
    await ChannelState.inDataDir(dir, captureLog().log).set("1", "article");
    expect(await loadFactsDir(dir)).toEqual({ facts: [], errors: [] });
  });

  it("loses no update when many writers (as shards would) set channels at once", async () => {
    const dir = await tempDir();
    const writers = Array.from({ length: 20 }, () => ChannelState.inDataDir(dir, captureLog().log));
    await Promise.all(writers.map((w, i) => w.set(String(i), `article-${i}`)));
    const reader = ChannelState.inDataDir(dir, captureLog().log);
    for (let i = 0; i < 20; i++) expect(await reader.get(String(i))).toBe(`article-${i}`);
  });

  it("breaks a lock left behind by a process that died", async () => {
    const dir = await tempDir();
    const state = ChannelState.inDataDir(dir, captureLog().log);
    await mkdir(join(dir, ".state"));
    const lock = `${state.path}.lock`;
    await writeFile(lock, "");
    const minuteAgo = new Date(Date.now() - 60_000);
    await utimes(lock, minuteAgo, minuteAgo);
    await state.set("1", "article");
    expect(await state.get("1")).toBe("article");
  });

  it("reads a damaged file as empty, says so, and replaces it on the next write", async () => {
    const dir = await tempDir();
    const { log, entries } = captureLog();
    const state = ChannelState.inDataDir(dir, log);
    await mkdir(join(dir, ".state"));
    await writeFile(state.path, "{ not json");
    expect(await state.get("1")).toBeUndefined();
    expect(entries().some((e) => e.msg === "ignored a damaged channel state file")).toBe(true);
    await state.set("1", "article");
    expect(await state.get("1")).toBe("article");
  });
});
