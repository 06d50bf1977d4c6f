// the engine's fast paths give the same answers as the plain ways they replace
import { describe, expect, it } from "vitest";
import { check, renderTemplate, type CellValue } from "../../src/engine/index.js";
import { isClean } from "../../src/engine/text/normalize.js";
import { campaign, sheet, type Row } from "./helpers.js";

/** the character loop isClean() replaced */
function isCleanLoop(s: string): boolean {
  if (s.length === 0) return true;
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else {
      if (c < 32 || c === 0xa0 || (c >= 0x300 && c <= 0x36f) || c > 0x1fff) return false;
      prevSpace = false;
    }
  }
  return !prevSpace;
}

describe("isClean", () => {
  it("agrees with the character loop on edge cases", () => {
    const cases = ["", "a", " ", "  ", " a", "a ", "a  b", "a b", "a\tb", "a\nb", "a\u00a0b", "e\u0301", "e\u036f", "e\u0370", "Nguyễn Văn A", "“x”", "\u1fff", "\u2000", "\ud83d\ude00", "Đặng Thị Ỹ"];
    for (const s of cases) expect(isClean(s), JSON.stringify(s)).toBe(isCleanLoop(s));
  });

  it("agrees with the character loop on random strings", () => {
    const alphabet = ["a", "Z", " ", "\t", "\u00a0", "\u0301", "\u036f", "\u0370", "ễ", "Đ", "\u1fff", "\u2000", "\u201c", "\ud83d", "\u001f", "1"];
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % alphabet.length;
    for (let n = 0; n < 3000; n++) {
      let s = "";
      const len = n % 7;
      for (let i = 0; i < len; i++) s += alphabet[next()];
      expect(isClean(s), JSON.stringify(s)).toBe(isCleanLoop(s));
    }
  });
});

describe("renderTemplate", () => {
  it("fills placeholders as a regex replace would", () => {
    const plain = (t: string, d: Record<string, string | number>) => t.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in d ? String(d[k]) : m));
    const cases: [string, Record<string, string | number>][] = [
      ["", {}],
      ["{{a}}", { a: 1 }],
      ["x{{ a }}y{{b}}z{{c}}", { a: "$&", b: 0 }],
      ["{{a}}{{a}}", { a: "q" }],
      ["{{ }} {{a-b}} {{a}", { a: 1 }],
      ["{{{a}}}", { a: 2 }],
      ["no placeholders", { a: 1 }],
    ];
    for (const [t, d] of cases) expect(renderTemplate(t, d)).toBe(plain(t, d));
    expect(renderTemplate("x{{ a }}y{{b}}z{{c}}", { a: "$&", b: 0 })).toBe("x$&y0z{{c}}");
  });
});

describe("row kinds", () => {
  it("whitespace-only cells (no-break, ideographic, tab) leave a section row a section", () => {
    const c = campaign({ rules: [{ kind: "required", id: "req", fields: ["name", "unit", "nomineeType"] }] });
    const rows: CellValue[][] = [
      ["STT", "Họ và tên", "Đơn vị", "Ghi chú", "Tóm tắt thành tích", "Chức vụ"],
      ["II. TẬP THỂ", "\u00a0", " ", "\u3000", "\t", "\u2028"],
      [1, "Công ty A", "Sở Y tế", null, null, null],
      [2, "Công ty B", "Sở Y tế", null, null, null],
    ];
    const r = check(c, [{ name: "DS", rows }]);
    // the section gives both rows their nominee type: nothing is missing, and the section row is no nomination
    expect(r.findings).toEqual([]);
    expect(r.totals.rows).toBe(2);
  });
});

describe("duplicates among many rows", () => {
  it("finds exactly the repeated nominees, however cased and however the unit is written", () => {
    const c = campaign({ rules: [{ kind: "duplicate", id: "dup" }] });
    const units = ["Sở Y tế", "UBND huyện Gò Quao", "Công an tỉnh"];
    const rows: Row[] = [];
    for (let i = 0; i < 3000; i++) rows.push({ name: `Nguyễn Văn Ễ ${i}${i % 2 ? "x" : ""}`, unit: units[i % 3] as string });
    // sheet rows are list index + 2: three repeats far apart, one with another case and unit spelling
    rows[2500] = { name: "NGUYỄN VĂN Ễ 19X", unit: "Huyện Gò Quao" }; // = index 19
    rows[2999] = { name: "Nguyễn Văn Ễ 42", unit: "Sở Y tế" }; // = index 42
    rows[1234] = { name: "Nguyễn Văn Ễ 9x", unit: "Sở Y tế" }; // index 9 is Sở Y tế too
    rows[1500] = { name: "Nguyễn Văn Ễ 41x", unit: "Sở Y tế" }; // index 41 is Công an tỉnh: not a repeat
    const r = check(c, [sheet(rows)]);
    expect(r.findings.map((f) => [f.row, f.rows])).toEqual([
      [1236, [11, 1236]],
      [2502, [21, 2502]],
      [3001, [44, 3001]],
    ]);
  });
});
