/**
 * /article add: an uploaded file is checked before it is fetched (size, type, a usable name), and the
 * 1 MB cap is enforced again on the bytes received, since the declared size is only what the client said.
 */
import { basename, extname } from "node:path";
import type { Attachment } from "discord.js";
import { type Markdown, md } from "../present/markdown.ts";
import { validateArticleId } from "../store/facts-store.ts";

export const MAX_UPLOAD_BYTES = 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 15_000;

/** An upload that cannot become an article; the message is for the member who sent it. */
export class UploadError extends Error {
  override name = "UploadError";
}

export type Upload = Pick<Attachment, "name" | "size" | "contentType">;

/** The article id the upload would be saved as, or why it cannot be an article at all. */
export function checkUpload(file: Upload): { ok: true; id: string } | { ok: false; message: Markdown } {
  const name = md`“${file.name}”`;
  if (file.size > MAX_UPLOAD_BYTES) {
    const mb = (file.size / MAX_UPLOAD_BYTES).toFixed(1);
    return { ok: false, message: md`${name} is ${mb} MB; an article can be at most 1 MB of plain text.` };
  }
  if (!isPlainText(file)) {
    const type = file.contentType ?? "of an unknown type";
    return { ok: false, message: md`${name} is ${type}; send the article as a plain-text (.txt) file.` };
  }
  try {
    return { ok: true, id: validateArticleId(basename(file.name, extname(file.name))) };
  } catch {
    return {
      ok: false,
      message: md`${name} cannot name an article: rename it to letters, digits, ".", "_" or "-" (e.g. harbour-strike.txt).`,
    };
  }
}

function isPlainText({ name, contentType }: Upload): boolean {
  // Discord derives the type from the extension; when it sends none, go by the extension ourselves.
  return contentType ? /^text\/plain\b/i.test(contentType) : name.toLowerCase().endsWith(".txt");
}

/** Fetches the upload's bytes, stopping as soon as they pass the cap. */
export async function download(url: string, name: string): Promise<Uint8Array> {
  // Plain text: whoever shows the error escapes it for their medium.
  const label = `“${name}”`;
  try {
    return await fetchCapped(url, label);
  } catch (err) {
    if (err instanceof UploadError) throw err;
    // Network failures and the timeout, during the request or while reading the body.
    throw new UploadError(`could not download ${label} (${(err as Error).message})`);
  }
}

async function fetchCapped(url: string, label: string): Promise<Uint8Array> {
  const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
  if (!response.ok || !response.body) {
    throw new UploadError(`could not download ${label} (HTTP ${response.status})`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.length;
    // Leaving the loop cancels the rest of the download.
    if (size > MAX_UPLOAD_BYTES) throw new UploadError(`${label} is larger than 1 MB`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
