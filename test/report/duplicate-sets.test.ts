// duplicates gathered per nominee: the summary sheet prints one line per set and the pane one entry per
// set of three listings or more (issue 8: "the summary sheet and the pane group a big set of duplicates
// readably"), whatever the number of copies
import { describe, expect, it } from "vitest";
import { check, duplicateSets } from "../../src/engine/index.js";
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
});
