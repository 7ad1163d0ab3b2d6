/**
 * `npm run <command>` starts here: the command line run from a precompiled bundle of `src/`, so a
 * command does not pay for transpiling and loading several hundred modules one by one (tsx took most
 * of a second before any work began; a large ingest also started its worker threads that way).
 *
 * The bundle (esbuild, the compiler tsx itself uses) lives in node_modules/.cache/newsroom-cli/, named
 * by a fingerprint of the checkout's place, every source file's path, size and modification time and
 * the lock file (the bundle holds the sources' absolute URLs, see below): an
 * edited source makes a new one on the next run (a fraction of a second), so the bundle is never
 * stale. Each bundled module keeps its own `import.meta.url` (the source file's), so code that finds
 * files beside itself (the index snapshot's code fingerprint, the bot's commands folder) works the
 * same as under tsx. Packages with native code, assets or their own worker files stay outside the
 * bundle. Should the bundle not build, the command runs through tsx as before.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SRC = join(ROOT, "src");
const CACHE = join(ROOT, "node_modules", ".cache", "newsroom-cli");
/** Entry points, by output name: the command line and the ingest worker it starts. */
const ENTRIES = { cli: "src/cli.ts", "ingest-worker": "src/cli/ingest-worker.ts" };
/** Loaded from node_modules at run time: native binaries, font files, worker transports. */
const EXTERNAL = [
  "@resvg/*",
  "@expo-google-fonts/*",
  "discord.js",
  "pino",
  "pino-pretty",
  "opentype.js",
  "vega",
  "vega-lite",
];
/** Bundles of other versions of the sources are removed once this old (a running command may use one). */
const KEEP_OLD_MS = 24 * 60 * 60 * 1000;

/** Every `.ts` file (and `.json`, such as the speaker model's weights) under `dir`, as [path relative to the root, size, mtime]. */
function sources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sources(path, out);
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) {
      const s = statSync(path);
      out.push(`${relative(ROOT, path)} ${s.size} ${s.mtimeMs}`);
    }
  }
  return out;
}

function fingerprint() {
  const lock = join(ROOT, "package-lock.json");
  const lockStamp = existsSync(lock) ? statSync(lock).mtimeMs : 0;
  return createHash("sha256")
    .update(`${ROOT}\n${process.version}\n${lockStamp}\n${sources(SRC).sort().join("\n")}`)
    .digest("hex")
    .slice(0, 16);
}

/** Gives each source module its own file's URL as `import.meta.url`, as it has under tsx. */
const ownUrls = {
  name: "own-import-meta-url",
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replaceAll(
        "import.meta.url",
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: "ts",
    }));
  },
};

async function buildBundle(dir) {
  const { build } = await import("esbuild");
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: temp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: `node${process.versions.node.split(".")[0]}`,
    external: EXTERNAL,
    // Bundled CommonJS packages call require(); give them one that resolves from the project.
    banner: {
      js: `import { createRequire as __cr } from "node:module"; const require = __cr(${JSON.stringify(pathToFileURL(join(ROOT, "package.json")).href)});`,
    },
    plugins: [ownUrls],
    logLevel: "error",
  });
  try {
    renameSync(temp, dir);
  } catch (err) {
    // Another command built the same bundle first: use theirs.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(dir)) throw err;
  }
  for (const old of readdirSync(CACHE)) {
    const path = join(CACHE, old);
    if (path !== dir && Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS)
      rmSync(path, { recursive: true, force: true });
  }
}

/** The bundle's directory for the sources as they are, built if missing; null if it cannot be. */
async function bundle() {
  try {
    const dir = join(CACHE, fingerprint());
    if (!existsSync(join(dir, "cli.mjs"))) {
      mkdirSync(CACHE, { recursive: true });
      await buildBundle(dir);
    }
    return dir;
  } catch (err) {
    process.stderr.write(`(running without the precompiled bundle: ${err?.message ?? err})\n`);
    return null;
  }
}

/**
 * After each full collection V8 lets the heap grow to several times what survived, and a command
 * over a large archive makes garbage fast (passages made, facts parsed, articles parsed on the ingest
 * workers): a batch of 400 questions at 10,000 articles peaked at ~760 MB of RSS. Growing by a
 * quarter at a time held it to ~545 MB for ~6% more CPU (measured back to back on the same archive;
 * growing by a tenth saved little more and cost more). Set before any of the command's code runs; the
 * ingest workers share it.
 */
setFlagsFromString("--heap-growing-percent=25");

const dir = await bundle();
if (dir) {
  // The ingest pool starts its workers from the bundle too (see src/cli/ingest-pool.ts).
  process.env.NEWSROOM_INGEST_WORKER = join(dir, "ingest-worker.mjs");
  await import(pathToFileURL(join(dir, "cli.mjs")).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import(pathToFileURL(join(SRC, "cli.ts")).href);
}
