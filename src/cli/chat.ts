/** `npm run chat`: an interactive prompt giving the same answers as `ask`. */
import { createInterface } from "node:readline";
import { formatAnswer } from "../present/format.ts";
import { articleOption, type CliCommand, dataOption, openArchive, print } from "./command.ts";

const options = { data: dataOption, article: articleOption } as const;

export const chat = {
  name: "chat",
  summary: "ask questions one after another at a prompt",
  arguments: "",
  options,
  examples: ["npm run chat -- --article article"],
  async run({ data, article }) {
    const archive = await openArchive(data);
    const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: "question> " });
    rl.prompt();
    for await (const line of rl) {
      if (line.trim()) print(formatAnswer(archive.answer(line, article)));
      rl.prompt();
    }
    return 0;
  },
} satisfies CliCommand<typeof options>;
