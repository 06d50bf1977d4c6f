// the add-in reads a list's codes through the code tables in the workbook's other sheets (DANHMUC, a hidden
// HTKT), as the command does with the whole file; those sheets are only read, never marked or changed
import { describe, expect, test } from "vitest";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import type { LiveUpdate } from "../../src/addin/port.js";
import { detectLayout, lookupTables } from "../../src/engine/index.js";
import { getPreset } from "../../src/presets/index.js";
import { createFakeHost } from "./fake/host.js";
import { FakeBook, fillRows as fill } from "./fake/model.js";
import { contents, formatting } from "./fixtures.js";


const kt = getPreset("kon-tum-snv-2021-covid")!;

function book(opts: { hidden?: "Hidden" | "VeryHidden"; table?: boolean; bigOther?: number } = {}) {
  const b = new FakeBook();
  fill(b.addSheet("Danh sách"), [
    ["DANH SÁCH CÁ NHÂN ĐỀ NGHỊ KHEN THƯỞNG"],
    [],
    ["STT", "Họ và tên", "Chức vụ", "Mã hình thức khen thưởng", "Ngày lập thành tích"],
    [1, "Nguyễn Văn An", "Chuyên viên", "HT03", "15/12/2021"],
    [2, "Trần Thị Bình", "Phó phòng", "HT04", "10/01/2022"],
    [3, "Đỗ Minh Châu", "Chuyên viên", "HT04", "12/01/2022"],
    [4, "Võ Thị Diệu", "Chánh Văn phòng", "HT03", "20/01/2022"],
    [5, "Lê Văn Cường", "Chuyên viên", "HT05", "10/01/2022"], // Cờ thi đua: not in this plan
    [6, "Phạm Thị Dung", "Chuyên viên", "HT09", "10/01/2022"], // not in the table (5 of the 6 codes are: read through it)
  ]);
  if (opts.table !== false) {
    const t = b.addSheet("DANHMUC");
    fill(t, [
      ["Mã", "Hình thức khen thưởng"],
      ["HT01", "Huân chương Lao động hạng Ba"],
      ["HT02", "Bằng khen của Thủ tướng Chính phủ"],
      ["HT03", "Bằng khen của Chủ tịch UBND tỉnh"],
      ["HT04", "Giấy khen của Giám đốc Sở Nội vụ"],
      ["HT05", "Cờ thi đua của UBND tỉnh"],
    ]);
    if (opts.hidden) t.visibility = opts.hidden;
  }
  if (opts.bigOther) {
    const big = b.addSheet("Danh sách khác");
    const rows: (string | number | null)[][] = [["STT", "Họ và tên", "Đơn vị"]];
    for (let i = 1; i <= opts.bigOther; i++) rows.push([i, `Người ${i}`, "Sở Y tế"]);
    fill(big, rows);
  }
  b.active = b.sheet("Danh sách")!;
  return b;
}

const picked = (fs: { cell?: string; code: string }[]) => fs.map((f) => [f.cell, f.code]);

describe("code tables in the workbook's other sheets", () => {
  test.each(["Visible", "Hidden", "VeryHidden"] as const)("a %s DANHMUC explains the codes: allowed ones pass, others are flagged", async (vis) => {
    const b = book(vis === "Visible" ? {} : { hidden: vis });
    const before = { table: contents(b.sheet("DANHMUC")!), format: formatting(b.sheet("DANHMUC")!) };
    const out = await createWorkbookPort(createFakeHost(b)).check({ sheet: "Danh sách", campaign: kt, lang: "vi" });
    expect(out.report.sheets[0]?.lookups).toEqual({ awardForm: { sheet: "DANHMUC", codeColumn: "A", nameColumn: "B", codes: 5 } });
    expect(picked(out.report.findings)).toEqual([
      ["D8", "not-allowed"],
      ["D9", "invalid-value"],
    ]);
    expect(out.report.findings[1]?.data).toMatchObject({ type: "code", table: "DANHMUC" });
    // the table's sheet is read, never changed
    expect({ table: contents(b.sheet("DANHMUC")!), format: formatting(b.sheet("DANHMUC")!) }).toEqual(before);
    expect(b.violations).toEqual([]);
  });

  test("without the table the codes are what they are: not allowed award forms (as the command says of such a file)", async () => {
    const out = await createWorkbookPort(createFakeHost(book({ table: false }))).check({ sheet: "Danh sách", campaign: kt, lang: "vi" });
    expect(out.report.sheets[0]?.lookups).toBeUndefined();
    expect(picked(out.report.findings).map((p) => p[1])).toEqual(Array(6).fill("not-allowed"));
  });

  test("a large other sheet is read only as far as tables are looked for (5,001 rows), in one request for all", async () => {
    const b = book({ bigOther: 20_000 });
    const host = createFakeHost(b);
    const out = await createWorkbookPort(host).check({ sheet: "Danh sách", campaign: kt, lang: "vi" });
    expect(out.report.sheets[0]?.lookups?.["awardForm"]?.sheet).toBe("DANHMUC");
    // the checked sheet (9 × 5), DANHMUC (6 × 2) and the window of the other list (5,001 × 3), not its 20,001 rows
    expect(b.stats.cellsRead).toBeLessThan(9 * 5 + 6 * 2 + 5001 * 3 + 100);
  });

  test("the live re-check keeps reading codes through the table (no re-read of it)", async () => {
    const b = book();
    const port = createWorkbookPort(createFakeHost(b));
    await port.check({ sheet: "Danh sách", campaign: kt, lang: "vi" });
    const got: LiveUpdate[] = [];
    let wake: (() => void) | null = null;
    port.setLive!(true, (u) => {
      got.push(u);
      wake?.();
    });
    b.edit("Danh sách", "D9", "HT04"); // the unknown code corrected
    await new Promise<void>((r) => (got.length ? r() : (wake = r)));
    const first = got[0]!;
    expect(first.kind).toBe("rechecked");
    if (first.kind !== "rechecked") return;
    expect(first.outcome.report.sheets[0]?.lookups?.["awardForm"]?.sheet).toBe("DANHMUC");
    expect(picked(first.outcome.report.findings)).toEqual([["D8", "not-allowed"]]);
    port.setLive!(false, () => {});
    expect(b.violations).toEqual([]);
  });

  test("the layout editor and the campaign editor's try-out see the same tables", async () => {
    const b = book({ hidden: "VeryHidden" });
    const port = createWorkbookPort(createFakeHost(b));
    const others = await port.readLookupSheets!("Danh sách");
    expect(others.map((o) => o.name)).toEqual(["DANHMUC"]);
    // what the layout editor reads, in one Excel.run
    const both = await port.readHeaderAndTables!("Danh sách");
    expect(both.others).toEqual(others);
    const layout = detectLayout(both.header, kt, undefined, true, both.others.flatMap((o) => lookupTables(o)));
    expect(layout.ok && layout.layout.lookups).toEqual({ awardForm: { sheet: "DANHMUC", codeColumn: 1, nameColumn: 2, codes: 5 } });
    const tried = await port.tryCheck({ sheet: "Danh sách", campaign: kt, lang: "vi" });
    expect(picked(tried.findings)).toEqual([
      ["D8", "not-allowed"],
      ["D9", "invalid-value"],
    ]);
    expect(b.violations).toEqual([]);
  });
});
