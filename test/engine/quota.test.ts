// quotas per proposing unit: groups from names, patterns or a column; exempt kinds; pooled across files
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { campaign, sheet, tuples, type Row } from "./helpers.js";

const c = campaign({
  unitGroups: [
    { id: "front-line", label: { vi: "Tuyến đầu", en: "Front line" }, units: ["Sở Y tế", "Công an tỉnh"], values: ["Tuyến đầu"] },
    { id: "district", label: { vi: "Huyện, thành phố", en: "Districts" }, patterns: ["Huyện *", "Thành phố *"] },
    { id: "department", label: { vi: "Sở, ban, ngành", en: "Departments" }, patterns: ["Sở *"], values: ["Sở, ban, ngành"] },
  ],
  rules: [
    {
      kind: "quota",
      id: "quota",
      exempt: { rewardKind: ["adhoc", "donor"] },
      limits: [
        { group: "front-line", min: 20, max: 35 },
        { group: "district", min: 15, max: 25 },
        { group: "department", min: 5, max: 10 },
      ],
    },
  ],
});

const many = (n: number, r: Row): Row[] => Array.from({ length: n }, (_, i) => ({ ...r, name: `${String(r.unit)} ${i}` }));

describe("quota", () => {
  it("25 is within a district's quota, 26 exceeds it, 14 is below the minimum", () => {
    const r = check(c, [sheet([...many(25, { unit: "Huyện Gò Quao" }), ...many(26, { unit: "Thành phố Rạch Giá" }), ...many(14, { unit: "Huyện An Biên" })])]);
    expect(tuples(r.findings)).toEqual([
      [27, null, "quota-exceeded", "quota"],
      [53, null, "quota-below-minimum", "quota"],
    ]);
    expect(r.findings[0]).toMatchObject({ unit: "Thành phố Rạch Giá", severity: "error", cell: "D27", column: "D" });
    expect(r.findings[0]?.rows).toHaveLength(26);
    expect(r.findings[1]).toMatchObject({ unit: "Huyện An Biên", severity: "warning" });
    expect(r.units.map((u) => [u.unit, u.group, u.counted, u.min, u.max, u.status])).toEqual([
      ["Huyện Gò Quao", "district", 25, 15, 25, "ok"],
      ["Thành phố Rạch Giá", "district", 26, 15, 25, "over"],
      ["Huyện An Biên", "district", 14, 15, 25, "under"],
    ]);
  });

  it("ad hoc and donor rows do not count (không quy định số lượng)", () => {
    const rows = [...many(25, { unit: "Huyện Gò Quao" }), ...many(5, { unit: "Huyện Gò Quao", kind: "Đột xuất" }), { unit: "Huyện Gò Quao", kind: "Nhà hảo tâm" }];
    const r = check(c, [sheet(rows)]);
    expect(r.findings).toEqual([]);
    expect(r.units[0]).toMatchObject({ counted: 25, exempt: 6, status: "ok" });
  });

  it("named units beat patterns; the unit-group column places unknown units", () => {
    const r = check(c, [sheet([...many(36, { unit: "Sở Y tế" }), ...many(11, { unit: "Ban Dân tộc", group: "Sở, ban, ngành" }), ...many(3, { unit: "Bệnh viện X", group: "Tuyến đầu" })])]);
    expect(r.units.map((u) => [u.unit, u.group, u.status])).toEqual([
      ["Sở Y tế", "front-line", "over"],
      ["Ban Dân tộc", "department", "over"],
      ["Bệnh viện X", "front-line", "under"],
    ]);
  });

  it("a unit outside every group has no quota", () => {
    const r = check(c, [sheet(many(50, { unit: "Doanh nghiệp Y" }))]);
    expect(r.findings).toEqual([]);
    expect(r.units[0]).toMatchObject({ group: null, status: "no-quota", counted: 50 });
  });

  it("counts one unit across several workbooks", () => {
    const a = sheet(many(13, { unit: "Huyện Gò Quao" }), "DS", "a.xlsx");
    const b = sheet(many(13, { unit: "huyện gò quao" }).map((r) => ({ ...r, name: `${String(r.name)} b` })), "DS", "b.xlsx");
    const r = check(c, [a, b]);
    expect(r.units).toHaveLength(1);
    expect(r.units[0]).toMatchObject({ counted: 26, status: "over" });
    expect(r.findings.map((f) => [f.code, f.file, f.row])).toEqual([["quota-exceeded", "a.xlsx", 2]]);
  });
});

describe("one unit however it is written", () => {
  it("UBND huyện X, Ủy ban nhân dân huyện X and Huyện X are one unit; TP is Thành phố", () => {
    const r = check(c, [
      sheet([
        ...many(9, { unit: "Huyện Gò Quao" }),
        ...many(9, { unit: "UBND huyện Gò Quao" }),
        ...many(8, { unit: "Ủy ban nhân dân huyện Gò Quao" }),
        ...many(3, { unit: "TP. Rạch Giá" }),
        ...many(3, { unit: "Thành phố Rạch Giá" }),
      ]),
    ]);
    expect(r.units.map((u) => [u.unit, u.counted, u.status])).toEqual([
      ["Huyện Gò Quao", 26, "over"],
      ["TP. Rạch Giá", 6, "under"],
    ]);
  });
});

describe("pooled quota findings", () => {
  it("carry each counted row's file and sheet", () => {
    const a = sheet(many(13, { unit: "Huyện Gò Quao" }), "DS", "a.xlsx");
    const b = sheet(many(13, { unit: "Huyện Gò Quao" }).map((r) => ({ ...r, name: `${String(r.name)} b` })), "DS", "b.xlsx");
    const f = check(c, [a, b]).findings[0];
    expect(f?.locations).toHaveLength(26);
    expect(f?.locations?.[0]).toEqual({ file: "a.xlsx", sheet: "DS", row: 2 });
    expect(f?.locations?.[25]).toEqual({ file: "b.xlsx", sheet: "DS", row: 14 });
    expect(check(c, [sheet(many(26, { unit: "Huyện Gò Quao" }))]).findings[0]?.locations).toBeUndefined();
  });
});
