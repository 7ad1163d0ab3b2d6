/**
 * Pagination with Previous/Next buttons. The state lives in the button's custom id
 * ("<command>:<page>:<arg>:<arg>") rather than in memory, so buttons keep working after a restart.
 */
import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonBuilder,
  type ButtonInteraction,
  ButtonStyle,
} from "discord.js";
import { joinMarkdown, type Markdown } from "../present/markdown.ts";
import type { CommandContext } from "./command.ts";
import { type Reply, respondUpdate, safeCustomId } from "./respond.ts";

/** Room for a title and footer within the 4096-character description. */
export const PAGE_CHARS = 3500;
export const PAGE_LINES = 10;

/** Packs lines into pages of at most `maxLines` lines and about `maxChars` characters. */
export function paginate<Line extends { length: number }>(
  lines: readonly Line[],
  maxChars = PAGE_CHARS,
  maxLines = PAGE_LINES,
): Line[][] {
  const pages: Line[][] = [];
  let page: Line[] = [];
  let size = 0;
  for (const line of lines) {
    const full = page.length >= maxLines || (page.length > 0 && size + line.length + 2 > maxChars);
    if (full) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(line);
    size += line.length + 2;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

export interface PageState {
  command: string;
  page: number;
  args: string[];
}

export function encodePageId(state: PageState): string {
  const args = state.args.map((a) => a.replaceAll(":", " "));
  return safeCustomId([state.command, String(state.page), ...args].join(":"));
}

export function decodePageId(customId: string): PageState | null {
  const [command, page, ...args] = customId.split(":");
  const n = Number(page);
  if (!command || !Number.isInteger(n)) return null;
  return { command, page: n, args };
}

/** Keeps a requested page inside [0, total). */
export function clampPage(page: number, total: number): number {
  return Math.min(Math.max(page, 0), Math.max(total - 1, 0));
}

/** Previous/Next buttons for `state.page` of `total`; none when everything fits on one page. */
export function pageButtons(
  state: PageState,
  total: number,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  if (total <= 1) return [];
  const button = (label: string, page: number, disabled: boolean) =>
    new ButtonBuilder()
      .setCustomId(encodePageId({ ...state, page }))
      .setLabel(label)
      .setStyle(ButtonStyle.Secondary)
      .setDisabled(disabled);
  const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
    button("Previous", state.page - 1, state.page <= 0),
    button("Next", state.page + 1, state.page >= total - 1),
  );
  return [row.toJSON()];
}

/** Page `state.page` of `lines` as one embed, with the buttons to turn it; `total` ends the footer. */
export function pageReply(
  state: PageState,
  title: Markdown,
  lines: readonly Markdown[],
  total: string,
): Reply {
  const pages = paginate(lines);
  const page = clampPage(state.page, pages.length);
  return {
    embeds: [
      {
        title,
        description: joinMarkdown(pages[page] ?? [], "\n\n"),
        footer: { text: `Page ${page + 1} of ${pages.length} · ${total}` },
      },
    ],
    components: pageButtons({ ...state, page }, pages.length),
  };
}

/** The `button` handler of a paginated command: shows the page the pressed button names. */
export function turnPage(render: (ctx: CommandContext, state: PageState) => Reply) {
  return async (interaction: ButtonInteraction, ctx: CommandContext): Promise<void> => {
    const state = decodePageId(interaction.customId);
    if (!state) throw new Error(`malformed page id ${interaction.customId}`);
    await respondUpdate(interaction, render(ctx, state));
  };
}
