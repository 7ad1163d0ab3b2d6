import type { APIEmbed } from "discord.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  clampEmbed,
  clampEmbeds,
  embedLength,
  LIMITS,
  safeChoices,
  safeCustomId,
  safeMessageReply,
  safeReply,
} from "../../src/bot/respond.ts";
import { Markdown } from "../../src/present/markdown.ts";
import { truncate } from "../../src/present/style.ts";

describe("truncate", () => {
  it("leaves short text alone and ends cut text with an ellipsis", () => {
    expect(truncate("short", 10)).toBe("short");
    const cut = truncate("a".repeat(3000), 2000);
    expect(cut).toHaveLength(2000);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("never splits a surrogate pair", () => {
    const cut = truncate("😀".repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it("stays within any limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.integer({ min: 0, max: 300 }), (text, max) => {
        expect(truncate(text, max).length).toBeLessThanOrEqual(Math.max(max, 0));
      }),
    );
  });
});

describe("safeReply", () => {
  it("always disables mentions, even with @everyone in the text", () => {
    // Raw, as if escaping had been skipped: the mentions are still off.
    const reply = safeReply({ content: Markdown.styled("@everyone <@123456789012345678> hi") });
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(safeReply({ embeds: [] }).allowedMentions.parse).toEqual([]);
  });

  it("cuts content to 2000 characters", () => {
    expect(safeReply({ content: Markdown.styled("x".repeat(5000)) }).content).toHaveLength(LIMITS.content);
  });

  it("keeps a message reply from pinging the author", () => {
    const reply = safeMessageReply(Markdown.styled("y".repeat(2500)));
    expect(reply.allowedMentions).toEqual({ parse: [], repliedUser: false });
    expect(reply.content).toHaveLength(LIMITS.content);
  });
});

describe("embed limits", () => {
  it("cuts the description to 4096 and fields to 1024", () => {
    const embed = clampEmbed({
      description: "d".repeat(5000),
      fields: [{ name: "n".repeat(300), value: "v".repeat(2000) }],
    });
    expect(embed.description?.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.fields?.[0]?.name).toHaveLength(LIMITS.fieldName);
    expect(embed.fields?.[0]?.value).toHaveLength(LIMITS.fieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("keeps all embeds of a message within 6000 characters together", () => {
    const big: APIEmbed = {
      title: "t".repeat(300),
      description: "d".repeat(4096),
      footer: { text: "f".repeat(3000) },
    };
    const embeds = clampEmbeds(Array.from({ length: 12 }, () => big));
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    expect(embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it("holds for arbitrary embeds", () => {
    const text = (max: number) => fc.string({ maxLength: max });
    const embed = fc.record({
      title: text(400),
      description: text(6000),
      footer: fc.record({ text: text(2500) }),
      author: fc.record({ name: text(400) }),
      fields: fc.array(fc.record({ name: text(300), value: text(1500) }), { maxLength: 30 }),
    });
    fc.assert(
      fc.property(fc.array(embed, { maxLength: 12 }), (embeds) => {
        const out = clampEmbeds(embeds);
        expect(out.length).toBeLessThanOrEqual(LIMITS.embeds);
        expect(out.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(LIMITS.embedTotal);
        for (const e of out) {
          expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedDescription);
          expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedTitle);
          expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.embedFields);
          for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("autocomplete and custom id limits", () => {
  it("offers at most 25 choices of at most 100 characters", () => {
    const choices = Array.from({ length: 40 }, (_, i) => ({
      name: `${i} ${"n".repeat(200)}`,
      value: "v".repeat(150),
    }));
    const safe = safeChoices(choices);
    expect(safe).toHaveLength(LIMITS.choices);
    for (const c of safe) {
      expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceName);
      expect(c.value).toHaveLength(LIMITS.choiceValue);
    }
  });

  it("cuts custom ids to 100 characters", () => {
    expect(safeCustomId("q".repeat(150))).toHaveLength(LIMITS.customId);
  });
});
