/**
 * Custom ids of buttons that name an article (a choice of an ambiguous question). Discord allows 100
 * characters; article ids made from file names or links can be longer, and two long ids can share
 * their first hundred. So the id is "<command>:<article id>" when that fits, else
 * "<command>:#<digest of the id>", found again among the archive's articles when pressed. Both keep
 * working after a restart (nothing is held in memory), and no two articles share one.
 */
import { createHash } from "node:crypto";
import { LIMITS } from "./respond.ts";

const DIGEST_MARK = "#";
/** 22 base64url characters: 132 bits of SHA-256, no collision among any archive's ids. */
const DIGEST_CHARS = 22;

function digest(articleId: string): string {
  return createHash("sha256").update(articleId).digest("base64url").slice(0, DIGEST_CHARS);
}

/** The custom id of a button that names `articleId` for `command`; at most 100 characters. */
export function articleButtonId(command: string, articleId: string): string {
  const plain = `${command}:${articleId}`;
  if (plain.length <= LIMITS.customId && !articleId.startsWith(DIGEST_MARK)) return plain;
  return `${command}:${DIGEST_MARK}${digest(articleId)}`;
}

/**
 * The article a pressed button names, among `articleIds` (the archive's), or null when it is no
 * longer there. A digest is looked up by hashing the ids: once per press, not per message.
 */
export function articleOfButton(
  customId: string,
  command: string,
  articleIds: Iterable<string>,
): string | null {
  const prefix = `${command}:`;
  if (!customId.startsWith(prefix)) return null;
  const named = customId.slice(prefix.length);
  const ids = [...articleIds];
  if (!named.startsWith(DIGEST_MARK)) return ids.includes(named) ? named : null;
  const wanted = named.slice(DIGEST_MARK.length);
  return ids.find((id) => digest(id) === wanted) ?? null;
}
