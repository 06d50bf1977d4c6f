import { expect, test } from "vitest";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { createFakeHost } from "./fake/host.js";
import { kienGiang, noViolations } from "./harness.js";
import { bigBook } from "./scale.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

test("50,000 rows with 5,000 offending cells: at most 10 requests and 30 formatting operations", async () => {
  const book = bigBook();
  const port = createWorkbookPort(createFakeHost(book));
  const out = await port.check(req);
  expect(out.report.findings).toHaveLength(5000);
  expect(out.marked).toBe(5000);
  expect(out.annotated).toBe(5000);
  expect(book.stats.syncs).toBeLessThanOrEqual(10);
  expect(book.stats.formatOps).toBeLessThanOrEqual(30);
  expect(book.stats.suspendCalls).toBe(1);
  expect(book.stats.maxAddressChars).toBeLessThanOrEqual(8000);
  expect(book.stats.maxResponseBytes).toBeLessThanOrEqual(5 * 1024 * 1024);
  noViolations(book);

  // the same again, now with the ledger in place, and then clearing
  book.resetStats();
  await port.check(req);
  expect(book.stats.syncs).toBeLessThanOrEqual(10);
  expect(book.stats.formatOps).toBeLessThanOrEqual(30);
  book.resetStats();
  expect((await port.clearMarks()).restored).toBe(5000);
  expect(book.stats.formatOps).toBeLessThanOrEqual(30);
  const sheet = book.sheet("Danh sách")!;
  expect([...sheet.cells.values()].filter((c) => c.fill.pattern !== "None")).toEqual([]);
  expect(sheet.notes.size).toBe(0);
  noViolations(book);
}, 120_000);

test("a host with a smaller payload limit gets smaller chunks, not an error", async () => {
  const book = bigBook(20_000, 50);
  book.payloadLimit = 400_000;
  const port = createWorkbookPort(createFakeHost(book));
  const out = await port.check(req);
  expect(out.report.findings).toHaveLength(400);
  expect(book.stats.maxResponseBytes).toBeLessThanOrEqual(400_000);
  noViolations(book);
}, 120_000);
