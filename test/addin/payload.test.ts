// defect: the summary and the ledger were single writes; past ~20k marked cells a request passed Excel on
// the web's 5 MB and nothing was marked (RequestPayloadSizeLimitExceeded)
import { expect, test } from "vitest";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { SUMMARY_NAMES } from "../../src/addin/office/summaryData.js";
import { createFakeHost } from "./fake/host.js";
import { FakeBook } from "./fake/model.js";
import { kienGiang, noViolations } from "./harness.js";
import { bigBook } from "./scale.js";

const LIMIT = 5 * 1024 * 1024;

test("the fake refuses a request past 5 MB before running any of it, and an answer past 5 MB", async () => {
  const book = new FakeBook();
  book.addSheet("S", "addin");
  const host = createFakeHost(book);
  const big = Array.from({ length: 60_000 }, () => ["x".repeat(90)]);
  await expect(
    host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange(`A1:A${big.length}`).values = big;
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  expect(book.sheet("S")!.cells.size).toBe(0);
  await host.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("S").getRange(`A1:A${big.length / 2}`).values = big.slice(0, big.length / 2);
    await ctx.sync();
    ctx.workbook.worksheets.getItem("S").getRange(`A${big.length / 2 + 1}:A${big.length}`).values = big.slice(big.length / 2);
    await ctx.sync();
  });
  await expect(
    host.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("S").getRange(`A1:A${big.length}`).load("values");
      await ctx.sync();
    }),
  ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
});

test("30,000 findings: every cell marked, the summary written whole with its links, cleared again, no request past 5 MB", async () => {
  const book = bigBook(30_000, 1); // every row proposes a Giấy khen
  const port = createWorkbookPort(createFakeHost(book));
  const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };
  const out = await port.check(req);
  expect(out.report.findings).toHaveLength(30_000);
  expect(out.marked).toBe(30_000);
  const sheet = book.sheet("Danh sách")!;
  expect([...sheet.cells.values()].filter((c) => c.fill.pattern === "Solid")).toHaveLength(30_000);
  await port.writeSummary(out.report, "vi");
  const summary = book.sheet(SUMMARY_NAMES.vi)!;
  expect([...summary.cells.values()].filter((c) => c.hyperlink)).toHaveLength(30_000);
  expect((await port.clearMarks()).restored).toBe(30_000);
  expect([...sheet.cells.values()].filter((c) => c.fill.pattern !== "None")).toEqual([]);
  expect(book.stats.maxRequestBytes).toBeGreaterThan(1_000_000); // the counting is real
  expect(book.stats.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
  expect(book.stats.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
  noViolations(book);
}, 180_000);
