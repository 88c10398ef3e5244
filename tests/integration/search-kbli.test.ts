// KBLI search on the activity form: the best matches first, on either database.
import { beforeAll, describe, expect, it } from "vitest";
import { searchKbli } from "@/lib/business/search-kbli";
import { createCast } from "../support/cast";

beforeAll(async () => {
  await createCast(); // the demo seed brings the KBLI table
});

const codes = async (q: string) => (await searchKbli(q)).map((k) => k.code);

describe("KBLI search", () => {
  it("puts a title holding the word whole before one with a longer word that starts with it", async () => {
    const found = await codes("jamu");
    expect(found).toContain("01136"); // Pertanian Jamur: still found, after
    expect(found[0]).toBe("21022"); // Obat Tradisional ... (jamu)
    expect(found.indexOf("21022")).toBeLessThan(found.indexOf("01136"));
  });

  it("puts word starts before matches inside a word", async () => {
    const found = await codes("tani"); // "Pertanian" only holds it inside a word
    const titles = await searchKbli("tani");
    const startsWord = titles.map((k) => /(^|[^a-z])tani/i.test(`${k.titleId} ${k.titleEn}`));
    expect(found.length).toBeGreaterThan(0);
    // Once the inner matches begin, no word start follows.
    const firstInner = startsWord.indexOf(false);
    if (firstInner >= 0) expect(startsWord.slice(firstInner)).not.toContain(true);
  });

  it("finds a code by its number, the exact code first, and takes any words in any case", async () => {
    expect((await codes("21022"))[0]).toBe("21022");
    expect((await codes("2102")).every((c) => c.startsWith("2102"))).toBe(true);
    expect(await codes("OBAT tradisional")).toEqual(["21022"]);
    // A regular-expression character is only a character.
    expect(await codes("(jamu)")).toEqual(["21022"]);
    expect(await codes("ja.u")).toEqual([]);
  });
});
