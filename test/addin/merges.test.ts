// defect: getMergedAreasOrNullObject "will fail to return the result" past 512 merged areas (Excel.Range reference)
import { expect, test } from "vitest";
import { createFakeHost } from "./fake/host.js";
import { FakeBook } from "./fake/model.js";
import { FIRST_ROW, GOOD_ROWS, type Row } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

test("the fake refuses merged areas past 512 in the range, as Excel does", async () => {
  const book = new FakeBook();
  const s = book.addSheet("S");
  for (let i = 0; i < 513; i++) s.merges.push({ top: i + 1, left: 1, bottom: i + 1, right: 2 });
  const run = (rows: number) =>
    createFakeHost(book).run(async (ctx) => {
      const m = ctx.workbook.worksheets.getItem("S").getRange(`A1:B${rows}`).getMergedAreasOrNullObject();
      m.load("address");
      await ctx.sync();
      return m.address.split(",").length;
    });
  expect(await run(512)).toBe(512);
  await expect(run(513)).rejects.toMatchObject({ code: "GeneralException" });
});

test("a long list whose rows each merge two cells (600 merges) is checked; the two-row merged header still found", async () => {
  const rows: Row[] = Array.from({ length: 600 }, (_, i) => {
    const r = [...GOOD_ROWS[i % 2]!];
    r[0] = i + 1;
    return r;
  });
  const h = setup({ rows, twoRowHeader: true });
  for (let i = 0; i < 600; i++) h.sheet.merges.push({ top: FIRST_ROW + i, left: 10, bottom: FIRST_ROW + i, right: 11 });
  const out = await h.port.check(req);
  expect(out.report.sheets[0]).toMatchObject({ headerRow: 5, firstRow: FIRST_ROW, columns: { contribution: "H", mobilized: "I" } });
  expect(out.report.totals.rows).toBe(600);
  noViolations(h.book);
});

test("more than 512 merges in the header rows themselves: the check falls back to reading the header from its cells", async () => {
  const h = setup({ twoRowHeader: true });
  for (let c = 0; c < 520; c++) h.sheet.merges.push({ top: 2, left: 20 + 2 * c, bottom: 2, right: 21 + 2 * c });
  h.sheet.cell(2, 20 + 2 * 520).value = "…"; // the used range spans the merged cells
  h.book.resetStats();
  const out = await h.port.check(req);
  expect(out.report.sheets[0]?.columns).toMatchObject({ name: "B", contribution: "H", mobilized: "I" });
  expect(out.report.findings.map((f) => f.cell)).toEqual(["F10", "H11", "B12"]);
  expect(h.book.stats.syncs).toBe(5); // one more than a plain check: the refused first request
});
