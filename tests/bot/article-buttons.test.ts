import { describe, expect, it } from "vitest";
import { articleButtonId, articleOfButton } from "../../src/bot/article-buttons.ts";

const LONG =
  "www.example-news.com_politics_2005_02_15_education-secretary-ruth-kelly-trails-new-discipline-powers";

describe("buttons that name an article", () => {
  it("name a short id outright and find it again", () => {
    const id = articleButtonId("ask", "politics-055");
    expect(id).toBe("ask:politics-055");
    expect(articleOfButton(id, "ask", ["sport-022", "politics-055"])).toBe("politics-055");
  });

  it("name a long id by a digest within 100 characters, distinct for ids sharing their first 100", () => {
    const a = `${LONG}-for-head-teachers`;
    const b = `${LONG}-for-schools-in-wales`;
    const [idA, idB] = [articleButtonId("ask", a), articleButtonId("ask", b)];
    expect(idA.length).toBeLessThanOrEqual(100);
    expect(idA).not.toBe(idB);
    expect(articleOfButton(idA, "ask", ["politics-055", a, b])).toBe(a);
    expect(articleOfButton(idB, "ask", ["politics-055", a, b])).toBe(b);
  });

  it("finds nothing for an article no longer in the archive or another command's button", () => {
    expect(articleOfButton(articleButtonId("ask", "gone"), "ask", ["politics-055"])).toBeNull();
    expect(articleOfButton(articleButtonId("ask", `${LONG}-gone`), "ask", ["politics-055"])).toBeNull();
    expect(articleOfButton("quotes:politics-055", "ask", ["politics-055"])).toBeNull();
  });

  it("never reads an id that starts like a digest as one", () => {
    const id = articleButtonId("ask", "#hash-named");
    expect(articleOfButton(id, "ask", ["#hash-named"])).toBe("#hash-named");
  });
});
