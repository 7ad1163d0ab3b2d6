/**
 * `npm run chat`: a prompt that answers questions like `ask`, with commands for what the bot's slash
 * commands do. A line starting with "/" (or just `help`, `quit`, `exit`) is a command, never a question.
 */
import { createInterface } from "node:readline";
import { formatAnswer, formatArticle, formatPeople, formatQuotes, formatSummary } from "../present/format.ts";
import { PLAIN } from "../present/style.ts";
import { filterBy } from "../qa/match.ts";
import { summarize } from "../qa/summary.ts";
import type { Archive } from "../store/archive.ts";
import {
  articleOption,
  type CliCommand,
  chooseArticle,
  dataOption,
  messageOf,
  oneLine,
  openArchive,
  print,
} from "./command.ts";

const options = { data: dataOption, article: articleOption } as const;

interface Session {
  archive: Archive;
  /** The article questions and commands go to; undefined: all of them. */
  article: string | undefined;
}

interface ChatCommand {
  usage: string;
  summary: string;
  run(session: Session, rest: string): string;
}

const CHAT_COMMANDS: Record<string, ChatCommand> = {
  summary: {
    usage: "/summary",
    summary: "headline, lede and key quotes of the article",
    run: (s) => formatSummary(summarize(chooseArticle(s.archive, s.article, "/use ID")), PLAIN),
  },
  quotes: {
    usage: "/quotes [speaker]",
    summary: "every quote, or one speaker's",
    run: (s, speaker) =>
      formatQuotes(chooseArticle(s.archive, s.article, "/use ID"), speaker || undefined, PLAIN).join("\n") ||
      "No quotes found.",
  },
  who: {
    usage: "/who",
    summary: "the people the article names, with their titles",
    run: (s) =>
      formatPeople(chooseArticle(s.archive, s.article, "/use ID"), PLAIN).join("\n") || "No one is named.",
  },
  articles: {
    usage: "/articles [words]",
    summary: "the articles, newest first; words filter the headlines",
    run: (s, words) =>
      filterBy(s.archive.articles(), words, (a) => [a.id, a.headline])
        .map((a) => formatArticle(a, PLAIN))
        .join("\n\n") || "No articles match.",
  },
  use: {
    usage: "/use ID",
    summary: "questions and commands go to this article",
    run: (s, id) => {
      s.article = chooseArticle(s.archive, id || undefined).id;
      return `Now answering from ${scope(s)}.`;
    },
  },
  clear: {
    usage: "/clear",
    summary: "questions search every article again",
    run: (s) => {
      s.article = undefined;
      return `Now answering from ${scope(s)}.`;
    },
  },
};

const QUIT = new Set(["quit", "exit", "/quit", "/exit"]);
const HELP = new Set(["help", "/help", "?"]);

function scope(s: Session): string {
  if (s.article !== undefined) return `"${PLAIN.text(s.archive.ref(s.article)!.headline)}" (${s.article})`;
  const n = s.archive.articles().length;
  return n === 1 ? "the only article" : `all ${n} articles`;
}

function help(): string {
  const rows = Object.values(CHAT_COMMANDS).map((c) => `  ${c.usage.padEnd(18)} ${c.summary}`);
  return [
    "Type a question, e.g. What did Kelly say about the military?",
    ...rows,
    `  ${"help".padEnd(18)} this list`,
    `  ${"quit, exit".padEnd(18)} leave (or Ctrl-D)`,
  ].join("\n");
}

/** What to print for one line; null to leave. */
function reply(session: Session, line: string): string | null {
  const text = line.trim();
  if (!text) return "";
  if (QUIT.has(text.toLowerCase())) return null;
  if (HELP.has(text.toLowerCase())) return help();
  if (!text.startsWith("/")) return formatAnswer(session.archive.answer(text, session.article), PLAIN);
  const [name = "", ...rest] = text.slice(1).split(/\s+/);
  const command = CHAT_COMMANDS[name.toLowerCase()];
  if (!command) return `Unknown command /${name}; type help for the list.`;
  try {
    return command.run(session, rest.join(" "));
  } catch (err) {
    return `error: ${oneLine(messageOf(err))}`;
  }
}

export const chat = {
  name: "chat",
  summary: "ask questions one after another at a prompt, with the bot's commands (/summary, /quotes, …)",
  arguments: "",
  options,
  examples: ["npm run chat", "npm run chat -- --article article"],
  async run({ data, article }) {
    const archive = await openArchive(data);
    const session: Session = {
      archive,
      article: article === undefined ? undefined : archive.require(article).id,
    };
    print(
      `Newsroom Quote Bot: answering from ${scope(session)}. Type a question, or help; quit or Ctrl-D to leave.`,
    );
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "question> " });
    rl.prompt();
    for await (const line of rl) {
      const out = reply(session, line);
      if (out === null) break;
      if (out) print(out);
      rl.prompt();
    }
    rl.close();
    return 0;
  },
} satisfies CliCommand<typeof options>;
