// duplicates gathered per nominee: the summary sheet prints one line per set and the pane one entry per
// set of three listings or more (issue 8: "the summary sheet and the pane group a big set of duplicates
// readably"), whatever the number of copies
import { describe, expect, it } from "vitest";
import { buildSummarySheet, check, duplicateSets } from "../../src/engine/index.js";
import { firstListing, groupItems } from "../../src/addin/taskpane/components/Findings/useFindings.js";
import { campaign, sheet } from "../engine/helpers.js";

const c = campaign({ rules: [{ kind: "duplicate", id: "no-duplicates" }, { kind: "required", id: "need-unit", fields: ["unit"] }] });

describe("duplicate sets", () => {
  const many = Array.from({ length: 500 }, () => ({ name: "Lê Văn A" }));
  const rows = [{ name: "Trần B" }, { name: "Trần B" }, ...many, { name: "Phạm C", unit: null }];
  const r = check(c, [sheet(rows)]);

  it("one set per nominee, in the order first seen, holding every later listing", () => {
    const sets = duplicateSets(r.findings);
    expect(sets.map((s) => [s.name, s.first.row, s.later.length])).toEqual([
      ["Trần B", 2, 1],
      ["Lê Văn A", 4, 499],
    ]);
    expect(sets[1]?.later.map((f) => f.row)).toEqual(Array.from({ length: 499 }, (_, i) => 5 + i));
  });

  it("the pane lists a nominee of 500 listings as one entry; a pair and other findings stay as they are", () => {
    const items = groupItems(r.findings);
    const isBigSet = (f: (typeof r.findings)[number]) => f.code === "duplicate" && f.data["name"] === "Lê Văn A";
    const expected = r.findings
      .filter((f) => !isBigSet(f) || f.row === 5)
      .map((f) => (isBigSet(f) ? "set:Lê Văn A:499" : `${f.code}:${f.row}`));
    expect(items.map((i) => (i.kind === "finding" ? `${i.finding.code}:${i.finding.row}` : `set:${i.set.name}:${i.set.later.length}`))).toEqual(expected);
    expect(expected).toContain("duplicate:3");
    expect(expected).toContain("missing-value:504");
    expect(items.filter((i) => i.kind === "repeats")).toHaveLength(1);
    expect(items).toHaveLength(r.findings.length - 498);
  });

  it("the first listing selects the same column on the first row", () => {
    const set = duplicateSets(r.findings)[1];
    if (!set) throw new Error("no set");
    const later = set.later[0];
    const first = firstListing(set);
    expect(first.row).toBe(4);
    expect(first.sheet).toBe(later?.sheet);
    expect(later?.column).toBe("B");
    expect(first.cell).toBe("B4");
  });

  it("the summary sheet prints one line per nominee: where first listed, how many times, the next five places by file, sheet and row", () => {
    const files = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx", "e.xlsx", "f.xlsx", "g.xlsx", "h.xlsx"];
    const pool = check(c, files.map((f) => sheet([{ name: "Lê Văn A" }], "DS", f)));
    const t = buildSummarySheet(pool, c, { lang: "vi", files, checkedAt: new Date(2026, 11, 1), sheetNames: new Set(["DS"]) });
    const line = t.rows.find((r) => r[0]?.v === "Lê Văn A")?.map((x) => x.v);
    expect(line?.slice(0, 5)).toEqual(["Lê Văn A", "Sở Y tế", "a.xlsx, DS, dòng 2", 8, "b.xlsx, DS, dòng 2; c.xlsx, DS, dòng 2; d.xlsx, DS, dòng 2; e.xlsx, DS, dòng 2; f.xlsx, DS, dòng 2 … và 2 nơi khác"]);
    const en = buildSummarySheet(pool, c, { lang: "en", files, checkedAt: new Date(2026, 11, 1), sheetNames: new Set(["DS"]) });
    expect(en.rows.find((r) => r[0]?.v === "Lê Văn A")?.[2]?.v).toBe("a.xlsx, DS, row 2");
  });
});
