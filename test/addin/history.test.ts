// the yearly round in the add-in: other sheets of the workbook are the history, read with the checked sheet
import { describe, expect, test } from "vitest";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { declaredHistoryYear, usesHistory, type SheetInput } from "../../src/engine/index.js";
import { getPreset } from "../../src/presets/index.js";
import { createFakeHost } from "./fake/host.js";
import { FakeBook, fillRows as fill } from "./fake/model.js";


function book() {
  const b = new FakeBook();
  fill(b.addSheet("Danh sách 2025"), [
    ["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"],
    [],
    ["STT", "Họ và tên", "Đơn vị", "Danh hiệu thi đua", "Xếp loại", "Năm 2025"],
    [1, "Trần Thị Mai", "Huyện Gò Quao", "Chiến sĩ thi đua cấp tỉnh", "HTXSNV", "CSTĐCS"],
    [2, "Lê Văn Tám", "Huyện Gò Quao", "Chiến sĩ thi đua cấp tỉnh", "HTXSNV", "CSTĐCS"],
  ]);
  for (const y of [2023, 2024])
    fill(b.addSheet(`QĐ ${y}`), [
      [`QUYẾT ĐỊNH TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ NĂM ${y}`],
      [],
      ["STT", "Họ và tên", "Đơn vị"],
      [1, "Trần Thị Mai", "UBND huyện Gò Quao"],
    ]);
  fill(b.addSheet("Ghi chú"), [["Danh mục đơn vị"], ["Huyện Gò Quao"]]);
  return b;
}

const law = getPreset("luat-tdkt-2022")!;

describe("history sheets in the add-in", () => {
  test("the picked sheets are read as the history; nothing is marked on them", async () => {
    const b = book();
    const port = createWorkbookPort(createFakeHost(b));
    const out = await port.check({ sheet: "Danh sách 2025", campaign: law, lang: "vi", history: ["QĐ 2023", "QĐ 2024"] });
    const streak = out.report.findings.filter((f) => f.rule === "cstd-cap-tinh").map((f) => [f.row, f.code]);
    // Mai: 2023 and 2024 in the decisions, 2025 in the list; Tám: in neither decision
    expect(streak).toEqual([[5, "history-not-found"]]);
    expect(out.report.history?.map((h) => [h.sheet, h.years, h.yearFrom])).toEqual([
      ["QĐ 2023", [2023], "title"],
      ["QĐ 2024", [2024], "title"],
    ]);
    for (const name of ["QĐ 2023", "QĐ 2024"]) {
      const s = b.sheet(name)!;
      expect([...s.cells.values()].every((c) => c.fill.pattern === "None")).toBe(true);
      expect(s.notes.size).toBe(0);
    }
    expect(b.violations).toEqual([]);
  });

  test("without history sheets the streak is left to the appraiser (info)", async () => {
    const port = createWorkbookPort(createFakeHost(book()));
    const out = await port.check({ sheet: "Danh sách 2025", campaign: law, lang: "vi" });
    expect(out.report.findings.filter((f) => f.rule === "cstd-cap-tinh").map((f) => [f.row, f.code, f.severity])).toEqual([
      [4, "history-not-found", "info"],
      [5, "history-not-found", "info"],
    ]);
  });

  test("sheets declare themselves a decision by their title, with its year", async () => {
    const port = createWorkbookPort(createFakeHost(book()));
    const years: [string, number | null][] = [];
    for (const s of await port.listSheets()) years.push([s.name, declaredHistoryYear((await port.readHeader(s.name)) as SheetInput)]);
    expect(years).toEqual([
      ["Danh sách 2025", null],
      ["QĐ 2023", 2023],
      ["QĐ 2024", 2024],
      ["Ghi chú", null],
    ]);
  });

  test("only campaigns with streak rules ask for a history", () => {
    expect(usesHistory(law)).toBe(true);
    expect(usesHistory(getPreset("kien-giang-2021-covid")!)).toBe(false);
  });
});
