// duplicate: a table in ESLint's style, findings as [row, field, code, rule] plus messageId + data
import { describe, expect, it } from "vitest";
import { check } from "../../../src/engine/index.js";
import { campaign, sheet, tuples, type Row, type Tuple } from "../helpers.js";

const c = campaign({ rules: [{ kind: "duplicate", id: "no-duplicates" }] });

const valid: { name: string; rows: Row[] }[] = [
  { name: "different people", rows: [{ name: "Lê Văn A" }, { name: "Lê Văn B" }] },
  { name: "accents tell names apart (Lê ≠ Lệ)", rows: [{ name: "Lê Văn A" }, { name: "Lệ Văn A" }] },
  { name: "the same name in two units", rows: [{ name: "Lê Văn A", unit: "Sở Y tế" }, { name: "Lê Văn A", unit: "Sở Tài chính" }] },
  { name: "an empty name is no key", rows: [{ name: null }, { name: null }] },
  { name: "a name that only begins like another is not it", rows: [{ name: "Lê Văn An" }, { name: "Lê Văn Anh" }, { name: "Lê Văn A" }] },
];

const invalid: { name: string; rows: Row[]; errors: Tuple[]; data?: Record<string, unknown>[] }[] = [
  {
    name: "case and spacing do not matter",
    rows: [{ name: "Lê Văn A" }, { name: "LÊ  VĂN A " }],
    errors: [[3, "name", "duplicate", "no-duplicates"]],
    data: [{ name: "LÊ VĂN A", unit: "Sở Y tế", firstRow: 2, occurrence: 2, occurrences: 2 }],
  },
  {
    name: "case of letters outside ASCII does not matter (Đ/đ, Ễ/ễ)",
    rows: [{ name: "Đỗ Thị Ngọc Diễm" }, { name: "ĐỖ THỊ NGỌC DIỄM" }],
    errors: [[3, "name", "duplicate", "no-duplicates"]],
  },
  {
    name: "an honorific before the name does not matter",
    rows: [{ name: "Nguyễn Văn An" }, { name: "Ông Nguyễn Văn An" }],
    errors: [[3, "name", "duplicate", "no-duplicates"]],
  },
  {
    name: "the unit’s case and spacing do not matter",
    rows: [{ name: "Lê Văn A", unit: "Sở Y tế" }, { name: "Lê Văn A", unit: "sở y  tế" }],
    errors: [[3, "name", "duplicate", "no-duplicates"]],
  },
  {
    name: "each later occurrence is one finding naming the first: linear in the copies",
    rows: [{ name: "Lê Văn A" }, { name: "X" }, { name: "Lê Văn A" }, { name: "Lê Văn A" }],
    errors: [
      [4, "name", "duplicate", "no-duplicates"],
      [5, "name", "duplicate", "no-duplicates"],
    ],
    data: [
      { firstRow: 2, occurrence: 2, occurrences: 3 },
      { firstRow: 2, occurrence: 3, occurrences: 3 },
    ],
  },
];

describe("duplicate", () => {
  it.each(valid)("valid: $name", ({ rows }) => {
    expect(tuples(check(c, [sheet(rows)]).findings)).toEqual([]);
  });

  it.each(invalid)("invalid: $name", ({ rows, errors, data }) => {
    const r = check(c, [sheet(rows)]);
    expect(tuples(r.findings)).toEqual(errors);
    for (const f of r.findings) {
      expect(f.messageId).toBe("duplicate");
      expect(f.rows).toEqual([f.data["firstRow"], f.row]);
    }
    if (data) expect(r.findings.map((f) => f.data)).toEqual(data.map((d) => expect.objectContaining(d)));
  });

  it("across files: located on the later row, with both locations", () => {
    const r = check(c, [sheet([{ name: "Lê Văn A" }], "DS", "a.xlsx"), sheet([{ name: "Lê Văn A" }], "DS", "b.xlsx")]);
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ file: "b.xlsx", row: 2, rows: [2, 2], locations: [{ file: "a.xlsx", sheet: "DS", row: 2 }, { file: "b.xlsx", sheet: "DS", row: 2 }] });
    expect(r.findings[0]?.message).toContain("a.xlsx");
  });

  it("many distinct names, then each listed again: every repeat found once, naming its first row", () => {
    // enough names that the table of first listings grows several times over, as on a 100,000-row list
    const n = 5000;
    const names = Array.from({ length: n }, (_, i) => ({ name: `Nguyễn Văn An ${i}` }));
    const r = check(c, [sheet([...names, ...names.map((x) => ({ name: x.name.toUpperCase() }))])]);
    expect(r.findings).toHaveLength(n);
    expect(r.findings.every((f, i) => f.row === n + 2 + i && f.data["firstRow"] === i + 2)).toBe(true);
  });

  describe("with a birth-date column: one name may be two people", () => {
    const withBirth = (births: (string | number | null)[]) => ({
      name: "DS",
      rows: [["STT", "Họ và tên", "Ngày sinh", "Cá nhân/Tập thể", "Đơn vị đề nghị"], ...births.map((b, i) => [i + 1, "Nguyễn Văn An", b, "Cá nhân", "Sở Y tế"])],
    });
    const serial1980 = 29292; // 12/03/1980 as Excel's serial day

    it.each([
      { name: "born on different days: two nominees", births: ["12/03/1980", "05/09/1992"], rows: [] },
      { name: "born in different years (a year alone)", births: [1980, 1992], rows: [] },
      { name: "the same day, as text and as a date cell: a duplicate", births: ["12/03/1980", serial1980], rows: [3] },
      { name: "one birth unknown: cannot be told apart, a duplicate", births: ["12/03/1980", null], rows: [3] },
      { name: "a year and a day in it agree: a duplicate", births: [1980, "12/03/1980"], rows: [3] },
      { name: "two people, the first listed twice: one duplicate, naming the first", births: ["12/03/1980", "05/09/1992", "12/03/1980"], rows: [4] },
    ])("$name", ({ births, rows }) => {
      const r = check(c, [withBirth(births)]);
      const dups = r.findings.filter((f) => f.code === "duplicate");
      expect(dups.map((f) => f.row)).toEqual(rows);
      if (rows.length) expect(dups[0]?.data["firstRow"]).toBe(2);
    });

    it("a sheet with births and one without: the one without cannot tell the namesakes apart, a duplicate", () => {
      const r = check(c, [withBirth(["12/03/1980"]), { ...sheet([{ name: "Nguyễn Văn An" }], "DS2") }]);
      const dups = r.findings.filter((f) => f.code === "duplicate");
      expect(dups.map((f) => [f.sheet, f.row, f.data["firstSheet"]])).toEqual([["DS2", 2, "DS"]]);
    });
  });
});
