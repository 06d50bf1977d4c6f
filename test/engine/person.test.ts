// names compared as people for duplicates: honorifics, ranks and titles set aside, names shown as written
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import { personName } from "../../src/engine/text/person.js";
import { campaign } from "./helpers.js";

describe("personName", () => {
  it.each([
    ["Ông Trương Quang Sáng", "Trương Quang Sáng"],
    ["Đại tá Lê Văn Tiến", "Lê Văn Tiến"],
    ["Đồng chí Thượng tá Nguyễn Anh Ba", "Nguyễn Anh Ba"],
    ["Đ/c Phạm Thị Hoa", "Phạm Thị Hoa"],
    ["Bà  Nguyễn Thị Lan", "Nguyễn Thị Lan"],
    ["Gia đình ông Lê Văn Hải", "Lê Văn Hải"],
    ["Hộ bà Trần Thị Mận", "Trần Thị Mận"],
    ["PGS.TS. Hoàng Văn Minh", "Hoàng Văn Minh"],
    ["Thiếu úy Đinh Công Sơn", "Đinh Công Sơn"],
    ["Trương Quang Sáng", "Trương Quang Sáng"],
    ["Anh Thư", "Anh Thư"], // a given name, not "anh" + name: one word would be left
    ["Sở Tư pháp", "Sở Tư pháp"],
  ])("%s → %s", (s, want) => expect(personName(s)).toBe(want));
});

describe("duplicates between people", () => {
  const c = campaign({ rules: [{ kind: "duplicate", id: "dup", keys: ["name"] }] });
  const rows = (names: string[]) => [["STT", "Họ và tên", "Hình thức khen thưởng"], ...names.map((n, i) => [i + 1, n, "Giấy khen"])];

  it("are found with honorifics and ranks set aside, and shown as written", () => {
    const r = check(c, [{ name: "DS", rows: rows(["Ông Trương Quang Sáng", "Đại tá Lê Văn Tiến", "Trương Quang Sáng", "Lê Văn Tiến"]) }]);
    expect(r.findings.map((f) => [f.row, f.data["name"], f.data["firstRow"]])).toEqual([
      [4, "Trương Quang Sáng", 2],
      [5, "Lê Văn Tiến", 3],
    ]);
  });

  it("keep accents apart: Lê Văn Tiến is not Lê Văn Tiền", () => {
    expect(check(c, [{ name: "DS", rows: rows(["Ông Lê Văn Tiến", "Lê Văn Tiền"]) }]).findings).toEqual([]);
  });
});
