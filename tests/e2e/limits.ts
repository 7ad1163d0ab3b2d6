/** Discord's message limits, checked on what the bot actually sent to the fake. */
import { expect } from "vitest";
import type { RecordedRequest } from "./fake-discord.ts";

export interface Embed {
  title?: string;
  description?: string;
  footer?: { text: string };
  author?: { name: string };
  fields?: { name: string; value: string }[];
}

export function embedsOf(data: Record<string, unknown>): Embed[] {
  return (data.embeds as Embed[] | undefined) ?? [];
}

/** Every message body and autocomplete result the bot sent must fit Discord's limits. */
export function expectWithinLimits(request: RecordedRequest): void {
  const body = request.body as { data?: Record<string, unknown> } & Record<string, unknown>;
  if (!body || typeof body !== "object") return;
  const message = request.path.endsWith("/callback") ? (body.data ?? {}) : body;
  const choices = (message.choices as { name: string; value: string }[] | undefined) ?? [];
  expect(choices.length).toBeLessThanOrEqual(25);
  for (const c of choices) {
    expect(c.name.length).toBeLessThanOrEqual(100);
    expect(String(c.value).length).toBeLessThanOrEqual(100);
  }
  expect(String(message.content ?? "").length).toBeLessThanOrEqual(2000);
  const embeds = embedsOf(message);
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const e of embeds) {
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(4096);
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(256);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(25);
    for (const f of e.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    total +=
      (e.author?.name.length ?? 0) + (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6000);
}
