// unit-group and allowed-value patterns: the same answers as the old regex translation, without its hang
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileGlob } from "../../src/engine/text/glob.js";
import { normalizeText } from "../../src/engine/text/normalize.js";

/** the old translation (* -> .*, ? -> .): the reference for small inputs, where backtracking is harmless */
function reference(pattern: string): RegExp {
  const marked = pattern.replace(/\*/g, "qqstarqq").replace(/\?/g, "qqoneqq");
  const norm = normalizeText(marked).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp("^" + norm.replace(/qqstarqq/g, ".*").replace(/qqoneqq/g, ".") + "$");
}

describe("glob patterns", () => {
  it("match like the regex translation on small inputs", () => {
    const piece = fc.constantFrom("a", "b", "ab", "*", "?", " ", "Sở", "ạ", "-");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.stringMatching(/^[ab ạ]{0,10}$/), (parts, text) => {
        const pattern = parts.join("");
        const norm = normalizeText(text);
        expect(compileGlob(pattern).test(norm)).toBe(reference(pattern).test(norm));
      }),
      { numRuns: 3000 },
    );
  });

  it("a 25-star pattern against a 20,000-character name finishes (the regex never did)", () => {
    const hostile = compileGlob("*a".repeat(25) + "*c");
    expect(hostile.test("a".repeat(20_000))).toBe(false);
    expect(hostile.test("a".repeat(20_000) + "c")).toBe(true);
    expect(compileGlob("*a?a*").test("b".repeat(2000) + "aza")).toBe(true);
  });

  it("keeps word boundaries and anchors", () => {
    expect(compileGlob("Huyện *").test(normalizeText("Huyện Gò Quao"))).toBe(true);
    expect(compileGlob("Huyện *").test(normalizeText("Huyện"))).toBe(false);
    expect(compileGlob("*Quao").test(normalizeText("Huyện Gò Quao"))).toBe(true);
    expect(compileGlob("a*a").test("a")).toBe(false);
    expect(compileGlob("?").test("")).toBe(false);
    expect(compileGlob("*").test("")).toBe(true);
  });
});
