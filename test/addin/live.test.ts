// the live re-check: after a check, edits re-check themselves (debounced), in at most three requests
import { describe, expect, test } from "vitest";
import { DEBOUNCE_MS } from "../../src/addin/office/live.js";
import { GRACE_MS } from "../../src/addin/office/liveSession.js";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { MARK_FILL } from "../../src/addin/office/plan.js";
import type { LiveUpdate } from "../../src/addin/port.js";
import { createFakeHost } from "./fake/host.js";
import { FIRST_ROW, GOOD_ROWS } from "./fixtures.js";
import { kienGiang, noViolations, setup } from "./harness.js";
import { bigBook } from "./scale.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

function updates() {
  const got: LiveUpdate[] = [];
  let wake: (() => void) | null = null;
  return {
    got,
    on: (u: LiveUpdate) => {
      got.push(u);
      wake?.();
    },
    next: (n = got.length + 1) => (got.length >= n ? Promise.resolve() : new Promise<void>((r) => (wake = () => got.length >= n && r()))),
  };
}

describe("live re-check", () => {
  test("an edit fixing one cell and breaking another: marks follow, +1 −1, at most three requests", async () => {
    const h = setup({ fills: { F10: { color: "#FFFF00", pattern: "Solid" } }, notes: { F10: "Đã hỏi lại đơn vị" } });
    await h.port.check(req);
    const u = updates();
    h.port.setLive!(true, u.on);
    h.book.resetStats();
    h.book.edit("Danh sách", "F10", "Bằng khen UBND tỉnh"); // fixed
    h.book.edit("Danh sách", "F8", "Giấy khen"); // broken
    await u.next();
    const first = u.got[0]!;
    expect(first.kind).toBe("rechecked");
    if (first.kind !== "rechecked") return;
    expect([first.added, first.removed]).toEqual([1, 1]);
    expect(first.outcome.report.findings.map((f) => f.cell).sort()).toEqual(["B12", "F8", "H11"]);
    expect(h.book.stats.syncs).toBeLessThanOrEqual(3);
    expect(h.sheet.cell(8, 6).fill).toMatchObject({ color: MARK_FILL.error, pattern: "Solid" });
    expect(h.sheet.notes.get("F8")).toMatch(/^Kiểm tra thi đua:/);
    expect(h.sheet.cell(10, 6).fill).toMatchObject({ color: "#FFFF00", pattern: "Solid" });
    expect(h.sheet.notes.get("F10")).toBe("Đã hỏi lại đơn vị");
    // and clearing afterwards still restores everything from the updated ledger
    await h.port.clearMarks();
    expect(h.sheet.cell(8, 6).fill.pattern).toBe("None");
    expect(h.sheet.cell(10, 6).fill.color).toBe("#FFFF00");
    noViolations(h.book);
  });

  test("edits within the debounce make one batch", async () => {
    const h = setup();
    await h.port.check(req);
    const u = updates();
    h.port.setLive!(true, u.on);
    h.book.edit("Danh sách", "F8", "Giấy khen");
    await wait(DEBOUNCE_MS / 5);
    h.book.edit("Danh sách", "F9", "Giấy khen");
    await u.next();
    await wait(DEBOUNCE_MS * 2);
    expect(u.got).toHaveLength(1);
    expect(u.got[0]).toMatchObject({ kind: "rechecked", added: 2, removed: 0 });
  });

  test("a paste of 1,000 rows into a 5,000-row list is re-checked in at most three requests", async () => {
    const book = bigBook(5_000, 10);
    const port = createWorkbookPort(createFakeHost(book));
    await port.check(req);
    const u = updates();
    port.setLive!(true, u.on);
    book.resetStats();
    const pasted = Array.from({ length: 1_000 }, (_, i) => [i + 1, `Người dán ${i}`, "Cá nhân", "Cán bộ", "Sở Y tế", i % 2 ? "Giấy khen" : "Bằng khen UBND tỉnh", "Đột xuất"]);
    book.paste("Danh sách", 1004, 1, pasted);
    await u.next();
    expect(u.got[0]?.kind).toBe("rechecked");
    expect(book.stats.syncs).toBeLessThanOrEqual(3);
    const sheet = book.sheet("Danh sách")!;
    expect(sheet.cell(1005, 6).fill.color).toBe(MARK_FILL.error); // i = 1: Giấy khen
    expect(sheet.cell(1004, 6).fill.pattern).toBe("None");
    noViolations(book);
  }, 60_000);

  test("rows inserted: the pane is told to check again", async () => {
    const h = setup();
    await h.port.check(req);
    const u = updates();
    h.port.setLive!(true, u.on);
    h.book.fire(h.sheet, "9:9", "RowInserted");
    await u.next();
    expect(u.got[0]).toEqual({ kind: "structural" });
  });

  test("live off: an edit made during the check whose event arrives late still gets its marks right; the handler then goes", async () => {
    const h = setup({ rows: [...GOOD_ROWS] });
    h.book.eventDelayMs = 150; // later than the check's own look at its events
    h.book.afterSync = (n) => n === 1 && h.book.edit("Danh sách", `F${FIRST_ROW}`, "Giấy khen");
    const out = await h.port.check(req);
    const u = updates();
    h.port.setLive!(false, u.on);
    expect(out.report.findings).toHaveLength(0); // the check read the row before the edit
    await u.next();
    expect(u.got[0]).toMatchObject({ kind: "rechecked", added: 1 });
    expect(h.sheet.cell(FIRST_ROW, 6).fill.color).toBe(MARK_FILL.error);
    await wait(GRACE_MS + DEBOUNCE_MS);
    expect(h.sheet.handlers).toEqual([]);
  }, 20_000);
});
