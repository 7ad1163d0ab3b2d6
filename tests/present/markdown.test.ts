import { describe, expect, it } from "vitest";
import { citation } from "../../src/present/cite.ts";
import { joinMarkdown, Markdown, markdown, md, mdCode } from "../../src/present/markdown.ts";

const ref = { id: "a1", headline: "Plan *B*", source: "AP", published: "2017-02-24" };

describe("md", () => {
  it("escapes the text it is given but not its own words", () => {
    const name = "**Kelly** <@123> @everyone";
    const shown = md`Quotes — **${name}**`.toString();
    expect(shown).toBe("Quotes — **\\*\\*Kelly\\*\\* \\<@123\\> @\u200beveryone**");
  });

  it("puts Markdown in as it is and numbers as digits", () => {
    const bold = md`**${"x_y"}**`;
    expect(md`${bold} and ${3}`.toString()).toBe("**x\\_y** and 3");
  });

  it("defuses block syntax only where a value starts a line", () => {
    expect(md`${"# Heading"}`.toString()).toBe("\\# Heading");
    expect(md`is ${"2.0"} MB`.toString()).toBe("is 2.0 MB");
    expect(md`first\n${"1. item"}`.toString()).toBe("first\n1\\. item");
  });

  it("keeps someone else's text on one line", () => {
    expect(md`Added ${"two\nlines"}.`.toString()).toBe("Added two lines.");
  });
});

describe("joinMarkdown and markdown", () => {
  it("joins with our separator, escaping plain parts", () => {
    expect(joinMarkdown([md`**a**`, "b*c"], ", ").toString()).toBe("**a**, b\\*c");
    expect(joinMarkdown(["- one", "- two"], "\n").toString()).toBe("\\- one\n\\- two");
  });

  it("runs a present/ formatter in Discord Markdown", () => {
    const cited = markdown(citation, ref, 5);
    expect(cited).toBeInstanceOf(Markdown);
    expect(cited.toString()).toBe("¶5, *Plan \\*B\\**, AP, 24 Feb 2017");
  });

  it("writes ids as code a backtick cannot end early", () => {
    expect(mdCode("a`b").toString()).toBe("`a'b`");
  });
});
