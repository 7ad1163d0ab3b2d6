/**
 * Pagination with Previous/Next buttons. The state lives in the button's custom id
 * ("<command>:<page>:<arg>:<arg>") rather than in memory, so buttons keep working after a restart.
 */
import {
  ActionRowBuilder,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  ButtonBuilder,
  ButtonStyle,
} from "discord.js";
import { safeCustomId } from "./respond.ts";

/** Room for a title and footer within the 4096-character description. */
export const PAGE_CHARS = 3500;
export const PAGE_LINES = 10;

/** Packs lines into pages of at most `maxLines` lines and about `maxChars` characters. */
export function paginate(lines: readonly string[], maxChars = PAGE_CHARS, maxLines = PAGE_LINES): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
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
