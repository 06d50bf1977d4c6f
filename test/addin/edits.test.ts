import { expect, test } from "vitest";
import { DEBOUNCE_MS } from "../../src/addin/office/live.js";
import { GRACE_MS } from "../../src/addin/office/liveSession.js";
import type { FakeBook } from "./fake/model.js";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

function clerkFixesF10BreaksF8(book: FakeBook) {
  book.edit("Danh sách", "F10", "Bằng khen UBND tỉnh");
  book.edit("Danh sách", "F8", "Giấy khen");
}

test.each([
  ["right after the sheet was read", 1],
  ["while the add-in read the cells' own formatting", 2],
])("an edit made %s is read again: the findings and marks follow the new values", async (_when, afterSync) => {
  const h = setup();
  h.book.afterSync = (n) => n === afterSync && clerkFixesF10BreaksF8(h.book);
  const out = await h.port.check(req);
  const cells = out.report.findings.map((f) => f.cell);
  expect(cells).toContain("F8");
  expect(cells).not.toContain("F10");
  expect(out.notices).toContainEqual(expect.objectContaining({ kind: "edited-during-check" }));
  expect(h.sheet.cell(8, 6).fill.pattern).toBe("Solid");
  expect(h.sheet.cell(10, 6).fill.pattern).toBe("None");
  // the change handler stays for late events (live re-check off: a short grace), then goes
  expect(h.sheet.handlers).toHaveLength(1);
  await new Promise((r) => setTimeout(r, GRACE_MS + DEBOUNCE_MS + 100));
  expect(h.sheet.handlers).toEqual([]);
  noViolations(h.book);
}, 20_000);

test("rows inserted while checking stop the check with a clear message instead of marking the wrong cells", async () => {
  const h = setup();
  h.book.afterSync = (n) => {
    if (n !== 1) return;
    for (const fn of h.sheet.handlers) setTimeout(() => void fn({ address: "9:9", changeType: "RowInserted", worksheetId: h.sheet.id, source: "Local" }), 0);
  };
  await expect(h.port.check(req)).rejects.toMatchObject({ kind: "sheet-changed" });
  expect(h.sheet.handlers).toEqual([]);
  expect([...h.sheet.cells.values()].filter((c) => c.fill.pattern !== "None")).toEqual([]);
});
