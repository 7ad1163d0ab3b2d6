/**
 * A persisted search index: one file in the data directory (`.archive-index`) holding the index
 * built from every article's facts, so a large archive starts in about a second instead of
 * re-reading and re-tokenising every facts file. An article's facts are read from its own facts file
 * when an answer first needs them.
 *
 * It is only a cache. It is used when it lists exactly the facts files now in the directory (same
 * names, sizes, modification times and inodes) and was written by the same code (a hash of the
 * sources that decide what the index holds); otherwise the archive is loaded from the facts files
 * and the snapshot rewritten. A missing, stale, truncated or unreadable snapshot is never an error.
 *
 * Layout: "NQBINDEX"; sections, each at an offset aligned to 8 bytes (Int32 tables, word lists joined
 * by "\n", the passage texts); the header (JSON, with the sections' offsets); the header's byte length
 * (u32 LE); "NQBINDEX".
 */
import { createHash, randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { type FileHandle, open, readdir, readFile, rename, rm } from "node:fs/promises";
import { endianness } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { FACTS_VERSION, type Facts } from "../article/facts.ts";
import { type IndexImage, PASSAGE_FIELDS, type StoredImage } from "../qa/index.ts";
import { LONE_SURROGATE, utf8Span } from "../qa/index-image.ts";
import { FACTS_SUFFIX, loadFactsFileSync } from "./facts-store.ts";

export const SNAPSHOT_NAME = ".archive-index";
const MAGIC = "NQBINDEX";
const FORMAT = 2;
/** The file is written in pieces of about this size. */
const WRITE_CHUNK = 1 << 20;
/** The file ends with the header's byte length (u32) and the magic again. */
const TRAILER = 4 + MAGIC.length;

/** A facts file as listed when the archive was loaded. */
export interface ListedFile {
  name: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

interface Header {
  format: number;
  fingerprint: string;
  files: [string, number, number, number][];
  errors: { file: string; message: string }[];
  articles: IndexImage["articles"];
  speakers: string[];
  texts: "utf8" | "utf16le";
  sections: Record<SectionName, [number, number]>;
}

type SectionName =
  | "passages"
  | "counts"
  | "postingCounts"
  | "postings"
  | "texts"
  | "textOffsets"
  | "vocabulary"
  | "terms"
  | "names"
  | "ownerCounts"
  | "owners";

/**
 * The `*.facts.json` files of `dir`, sorted by name, with what identifies their version. The stats
 * are synchronous: for thousands of small files that is several times faster than in parallel.
 */
export async function listFacts(dir: string): Promise<ListedFile[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(FACTS_SUFFIX)).sort();
  return names.map((name) => {
    const s = statSync(join(dir, name));
    return { name, size: s.size, mtimeMs: s.mtimeMs, ino: s.ino };
  });
}

/**
 * The snapshot of `dir` if it is current for `files`, as an index image, the facts loader and the
 * errors the listed files gave; otherwise null. Sections are read one by one, so only the postings
 * and the passage texts stay in memory (as buffers) once the index is built; an article's facts are
 * read from the file when it is first needed.
 */
export async function readSnapshot(
  dir: string,
  files: readonly ListedFile[],
): Promise<{ image: StoredImage; load: (id: string) => Facts; errors: Header["errors"] } | null> {
  const fingerprint = await codeFingerprint();
  if (!fingerprint || endianness() !== "LE") return null;
  let handle: FileHandle;
  try {
    handle = await open(join(dir, SNAPSHOT_NAME), "r");
  } catch {
    return null;
  }
  try {
    const { size } = await handle.stat();
    const read = reader(handle, size);
    const header = await readHeader(read, size);
    if (!header || header.format !== FORMAT || header.fingerprint !== fingerprint) return null;
    if (!sameFiles(header.files, files)) return null;
    const image = await readImage(header, read);
    if (!image) return null;
    // The facts files are those listed when the snapshot was written (same sizes, times, inodes).
    const load = (id: string) => loadFactsFileSync(join(dir, `${id}${FACTS_SUFFIX}`));
    return { image, load, errors: header.errors };
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `start` of a file of `size` bytes. */
type ReadAt = (start: number, length: number) => Promise<Buffer>;

/** A `ReadAt` of the open snapshot that throws rather than return a short read. */
function reader(handle: FileHandle, size: number): ReadAt {
  return async (start, length) => {
    if (start < 0 || start + length > size) throw new Error("truncated");
    // A fresh ArrayBuffer per read, so Int32 views are aligned.
    const bytes = Buffer.from(new ArrayBuffer(length));
    const { bytesRead } = await handle.read(bytes, 0, length, start);
    if (bytesRead !== length) throw new Error("truncated");
    return bytes;
  };
}

/** The header of a snapshot of `size` bytes, or null when the file does not start and end with the magic. */
async function readHeader(read: ReadAt, size: number): Promise<Header | null> {
  const trailer = await read(size - TRAILER, TRAILER);
  const head = await read(0, MAGIC.length);
  if (head.toString("latin1") !== MAGIC || trailer.toString("latin1", 4) !== MAGIC) return null;
  const headerLength = trailer.readUInt32LE(0);
  return JSON.parse((await read(size - TRAILER - headerLength, headerLength)).toString("utf8")) as Header;
}

/** The index image the header's sections hold, or null when they do not agree with each other. */
async function readImage(header: Header, read: ReadAt): Promise<StoredImage | null> {
  const section = (name: SectionName) => {
    const [offset, length] = header.sections[name];
    return read(MAGIC.length + offset, length);
  };
  const ints = async (name: SectionName) => {
    const bytes = await section(name);
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  };
  const lines = async (name: SectionName) => {
    const all = (await section(name)).toString("utf8");
    return all === "" ? [] : all.split("\n");
  };
  // Passage texts stay encoded until a passage is first used.
  const texts = await section("texts");
  const offsets = await ints("textOffsets");
  const encoding = header.texts;
  const image: StoredImage = {
    articles: header.articles,
    passages: await ints("passages"),
    speakers: header.speakers,
    text: (first, end) => texts.toString(encoding, offsets[first], offsets[end]),
    vocabulary: await lines("vocabulary"),
    counts: await ints("counts"),
    terms: await lines("terms"),
    postingCounts: await ints("postingCounts"),
    postings: await ints("postings"),
    names: await lines("names"),
    ownerCounts: await ints("ownerCounts"),
    owners: await ints("owners"),
  };
  return consistent(image, offsets) ? image : null;
}

/**
 * Writes the snapshot of an archive loaded from `files` (atomically: a temp file renamed over it),
 * the passage texts one article at a time. Returns false, leaving no file behind, when it cannot.
 */
export async function writeSnapshot(
  dir: string,
  files: readonly ListedFile[],
  image: IndexImage,
  errors: Header["errors"],
): Promise<boolean> {
  const fingerprint = await codeFingerprint();
  if (!fingerprint || endianness() !== "LE") return false;
  if ([...image.vocabulary, ...image.terms, ...image.names].some((w) => w.includes("\n"))) return false;
  // UTF-8 cannot carry a lone surrogate; UTF-16 keeps such (rare, broken) text exact.
  const texts = image.texts.some((t) => typeof t === "string" && LONE_SURROGATE.test(t)) ? "utf16le" : "utf8";
  const target = join(dir, SNAPSHOT_NAME);
  const temp = join(dir, `${SNAPSHOT_NAME}.${randomUUID()}.tmp`);
  try {
    const handle = await open(temp, "wx");
    try {
      const out = new SectionWriter(handle);
      await out.write(Buffer.from(MAGIC, "latin1"));
      const sections = await writeSections(out, image, texts);
      const header: Header = {
        format: FORMAT,
        fingerprint,
        files: files.map((f) => [f.name, f.size, f.mtimeMs, f.ino]),
        errors,
        articles: image.articles,
        speakers: image.speakers,
        texts,
        sections,
      };
      await writeHeader(out, header);
      await out.flush();
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    return true;
  } catch {
    await rm(temp, { force: true }).catch(() => {});
    return false;
  }
}

/** Writes the index image's sections, each aligned to 8 bytes; returns where each is (after the magic). */
async function writeSections(
  out: SectionWriter,
  image: IndexImage,
  texts: BufferEncoding,
): Promise<Header["sections"]> {
  const sections = {} as Header["sections"];
  const put = async (name: SectionName, pieces: Uint8Array | Iterable<Uint8Array>) => {
    const start = out.at;
    for (const piece of pieces instanceof Uint8Array ? [pieces] : pieces) await out.write(piece);
    sections[name] = [start - MAGIC.length, out.at - start];
    await out.write(Buffer.alloc(align(out.at) - out.at));
  };
  await put("passages", intBytes(image.passages));
  await put("counts", intBytes(image.counts));
  await put("postingCounts", intBytes(image.postingCounts));
  await put("postings", intBytes(image.postings));
  const offsets = new Int32Array(image.passages.length / PASSAGE_FIELDS + 1);
  await put("texts", encodeTexts(image, texts, offsets));
  await put("textOffsets", intBytes(offsets));
  await put("vocabulary", Buffer.from(image.vocabulary.join("\n"), "utf8"));
  await put("terms", Buffer.from(image.terms.join("\n"), "utf8"));
  await put("names", Buffer.from(image.names.join("\n"), "utf8"));
  await put("ownerCounts", intBytes(image.ownerCounts));
  await put("owners", intBytes(image.owners));
  return sections;
}

/** The header (JSON) and the trailer: the header's byte length and the magic again. */
async function writeHeader(out: SectionWriter, header: Header): Promise<void> {
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const trailer = Buffer.alloc(TRAILER);
  trailer.writeUInt32LE(headerBytes.length, 0);
  trailer.write(MAGIC, 4, "latin1");
  await out.write(headerBytes);
  await out.write(trailer);
}

/**
 * The passages' texts encoded, one piece per article (made as they are written), with where each
 * passage's text starts in `offsets` (and where the last one ends).
 */
function* encodeTexts(
  image: IndexImage,
  encoding: BufferEncoding,
  offsets: Int32Array,
): Generator<Uint8Array> {
  let id = 0;
  for (let a = 0; a < image.articles.length; a++) {
    const piece = image.texts[a]!;
    const end = id + image.articles[a]!.passages;
    if (typeof piece !== "string" && encoding === "utf8") {
      const base = offsets[id]!;
      for (let at = 0; id < end; id++) {
        at += utf8Span(piece, at, image.passages[id * PASSAGE_FIELDS + 5]!);
        offsets[id + 1] = base + at;
      }
      yield piece;
      continue;
    }
    const texts = typeof piece === "string" ? piece : Buffer.from(piece).toString("utf8");
    const bytes = Buffer.from(texts, encoding);
    const width = encoding === "utf16le" ? 2 : 1;
    // One byte per character (two in UTF-16): the offsets follow the lengths.
    const plain = bytes.length === texts.length * width;
    let chars = 0;
    for (; id < end; id++) {
      const length = image.passages[id * PASSAGE_FIELDS + 5]!;
      const size = plain ? length * width : Buffer.byteLength(texts.slice(chars, chars + length), encoding);
      offsets[id + 1] = offsets[id]! + size;
      chars += length;
    }
    yield bytes;
  }
}

/** Writes to a file in pieces of about `WRITE_CHUNK` bytes, counting where it is. */
class SectionWriter {
  at = 0;
  private held: Uint8Array[] = [];
  private heldBytes = 0;

  constructor(private readonly handle: FileHandle) {}

  async write(bytes: Uint8Array): Promise<void> {
    this.at += bytes.length;
    if (bytes.length >= WRITE_CHUNK) {
      await this.flush();
      await this.handle.write(bytes);
      return;
    }
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (this.heldBytes >= WRITE_CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.heldBytes === 0) return;
    const bytes = Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    await this.handle.write(bytes);
  }
}

/** Whether the sections agree with each other (a damaged file may still parse). */
function consistent(image: StoredImage, offsets: Int32Array): boolean {
  const sum = (a: Int32Array) => a.reduce((x, y) => x + y, 0);
  const passages = image.articles.reduce((n, a) => n + a.passages, 0);
  return (
    image.passages.length === passages * PASSAGE_FIELDS &&
    offsets.length === passages + 1 &&
    image.counts.length === image.vocabulary.length &&
    image.postingCounts.length === image.terms.length &&
    image.postings.length === sum(image.postingCounts) * 2 &&
    image.ownerCounts.length === image.names.length &&
    image.owners.length === sum(image.ownerCounts) * 3
  );
}

function sameFiles(saved: Header["files"], files: readonly ListedFile[]): boolean {
  if (saved.length !== files.length) return false;
  return files.every((f, i) => {
    const s = saved[i]!;
    return s[0] === f.name && s[1] === f.size && s[2] === f.mtimeMs && s[3] === f.ino;
  });
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

function intBytes(array: Int32Array): Buffer {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength);
}

let fingerprint: Promise<string | null> | undefined;

/**
 * A hash of the code that decides what a snapshot holds: the index with its tokenizer, the facts
 * format and its validation, the loader, and every module they import. Null when the sources cannot
 * be read (a bundled build), which turns snapshots off.
 */
function codeFingerprint(): Promise<string | null> {
  fingerprint ??= (async () => {
    try {
      const roots = ["../qa/index.ts", "../article/facts.ts", "./facts-store.ts", "./index-snapshot.ts"];
      const pending = roots.map((r) => fileURLToPath(new URL(r, import.meta.url)));
      const seen = new Set<string>();
      const hash = createHash("sha256").update(`format ${FORMAT} facts ${FACTS_VERSION}\n`);
      while (pending.length > 0) {
        const file = pending.shift()!;
        if (seen.has(file)) continue;
        seen.add(file);
        const source = await readFile(file, "utf8");
        hash.update(`${relative(SRC, file)}\n`).update(source);
        // Relative imports only: packages are pinned by the lock file.
        for (const [, spec] of source.matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
          pending.push(resolve(dirname(file), spec!));
        }
      }
      return hash.digest("hex");
    } catch {
      return null;
    }
  })();
  return fingerprint;
}

const SRC = fileURLToPath(new URL("..", import.meta.url));
