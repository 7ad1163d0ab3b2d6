/**
 * Fetching a link like a good citizen, and safely: a clear User-Agent, compression, conditional
 * requests, at most 5 redirects, one deadline for the whole fetch, a size cap enforced before and while
 * reading, and no request to a private address — checked on the address DNS gave, for every hop.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { isPrivateAddress } from "./address.ts";

export const USER_AGENT = "NewsroomQuoteBot/0.1 (+newsroom article reader; respects robots' limits)";
const MB = 1024 * 1024;

export interface FetchOptions {
  /** Loopback and private addresses are refused unless this is set (ALLOW_PRIVATE_URLS=1). */
  allowPrivate?: boolean;
  /** The whole fetch, redirects and body included. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Content types accepted, tested on the media type ("text/html"). */
  accept?: RegExp;
  /** Conditional request: what the last successful fetch answered. */
  etag?: string | null;
  lastModified?: string | null;
  /** DNS resolution; tests pass their own to point public-looking names at loopback. */
  lookup?: typeof dnsLookup;
  /**
   * Which addresses count as private (default: loopback, private, link-local, reserved). Tests narrow
   * it so that a loopback server can stand in for a public host; the bot and the CLI never set it.
   */
  isPrivate?: (address: string) => boolean;
}

export interface Fetched {
  /** Where the content finally came from, after redirects. */
  url: string;
  /** True for 304 Not Modified: `body` is empty. */
  notModified: boolean;
  contentType: string | null;
  body: Buffer;
  etag: string | null;
  lastModified: string | null;
}

/** A link that cannot be fetched; the message is one line for the person who gave it. */
export class FetchError extends Error {
  override name = "FetchError";
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 5 * MB, maxRedirects: 5 };

/** Parses and checks a link given by a person: http(s) only, no credentials. */
export function parseLink(link: string): URL {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new FetchError(`not a link: ${JSON.stringify(link.slice(0, 100))}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError(`only http and https links can be fetched, not ${url.protocol.replace(/:$/, "")}`);
  }
  if (url.username || url.password) throw new FetchError("links with a user name or password are refused");
  return url;
}

function refusal(host: string, address: string): FetchError {
  return new FetchError(
    `refused ${host}: ${address} is a private or local address (set ALLOW_PRIVATE_URLS=1 to allow it)`,
  );
}

/** A DNS lookup that fails for private addresses, so the check applies to the address actually used. */
function guardedLookup(base: typeof dnsLookup, refused: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    base(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => refused(a.address));
      if (bad) return callback(refusal(hostname, bad.address), "", 0);
      if (list.length === 0) return callback(new FetchError(`${hostname} has no address`), "", 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

/** Fetches a link, following redirects; throws FetchError with a one-line reason. */
export async function fetchLink(link: string | URL, options: FetchOptions = {}): Promise<Fetched> {
  const settings = { ...DEFAULTS, ...options };
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = typeof link === "string" ? parseLink(link) : link;
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, settings, signal, hop === 0);
    const location = response.headers.location;
    if (response.statusCode && [301, 302, 303, 307, 308].includes(response.statusCode) && location) {
      response.resume();
      if (hop >= settings.maxRedirects)
        throw new FetchError(`too many redirects (more than ${settings.maxRedirects})`);
      url = parseLink(new URL(location, url).href);
      continue;
    }
    return readResponse(url, response, settings, signal);
  }
}

function requestOnce(
  url: URL,
  settings: FetchOptions & typeof DEFAULTS,
  signal: AbortSignal,
  first: boolean,
): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const refused = (address: string) =>
    !settings.allowPrivate && (settings.isPrivate ?? isPrivateAddress)(address);
  // An address written in the link is never looked up, so it is checked here.
  if (isIP(host) && refused(host)) return Promise.reject(refusal(host, host));
  const headers: Record<string, string> = {
    "user-agent": USER_AGENT,
    "accept-encoding": "gzip, deflate, br",
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.8,*/*;q=0.5",
  };
  // Validators belong to the URL they came from: only the first request carries them.
  if (first && settings.etag) headers["if-none-match"] = settings.etag;
  if (first && settings.lastModified) headers["if-modified-since"] = settings.lastModified;
  const request = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      headers,
      signal,
      lookup: guardedLookup(settings.lookup ?? dnsLookup, refused),
    });
    req.on("response", resolve);
    req.on("error", (err) => reject(describe(err, url, settings.timeoutMs)));
    req.end();
  });
}

function describe(err: Error, url: URL, timeoutMs: number): FetchError {
  if (err instanceof FetchError) return err;
  if (err.name === "AbortError" || err.name === "TimeoutError") {
    return new FetchError(`${url.host} did not answer within ${Math.round(timeoutMs / 1000)} s`);
  }
  const code = (err as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") return new FetchError(`no such host: ${url.hostname}`);
  if (code === "ECONNREFUSED") return new FetchError(`${url.host} refused the connection`);
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  return new FetchError(`could not fetch ${url.host}: ${err.message}`);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").toLowerCase().trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  if (encoding === "identity" || encoding === "") return response;
  response.resume();
  throw new FetchError(`unsupported content encoding ${encoding}`);
}

async function readResponse(
  url: URL,
  response: IncomingMessage,
  settings: FetchOptions & typeof DEFAULTS,
  signal: AbortSignal,
): Promise<Fetched> {
  const status = response.statusCode ?? 0;
  const header = (name: string) => {
    const value = response.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const result = { url: url.href, etag: header("etag"), lastModified: header("last-modified") };
  if (status === 304) {
    response.resume();
    return { ...result, notModified: true, contentType: null, body: Buffer.alloc(0) };
  }
  if (status < 200 || status >= 300) {
    response.resume();
    throw new FetchError(`${url.host} answered HTTP ${status} ${response.statusMessage ?? ""}`.trim());
  }
  const contentType = header("content-type");
  const mediaType = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (settings.accept && !settings.accept.test(mediaType)) {
    response.resume();
    throw new FetchError(`${url.href} is ${mediaType || "of no stated type"}, not a page or feed`);
  }
  const declared = Number(header("content-length"));
  const tooLarge = () =>
    new FetchError(`${url.href} is larger than ${Math.round(settings.maxBytes / MB)} MB`);
  if (declared > settings.maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of decoded(response)) {
      size += (chunk as Buffer).length;
      // Counted after decompression too, so a small compressed bomb is stopped as early.
      if (size > settings.maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (err) {
    response.destroy();
    if (err instanceof FetchError) throw err;
    throw describe(signal.aborted ? (signal.reason as Error) : (err as Error), url, settings.timeoutMs);
  }
  return { ...result, notModified: false, contentType, body: Buffer.concat(chunks) };
}
