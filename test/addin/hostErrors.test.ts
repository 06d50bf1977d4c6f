// defects: a check while the user edits a cell failed (no delayForCellEdit) and was shown as "protected";
// passing host errors were shown as unknown; one refused comment stopped all the others
import { describe, expect, test } from "vitest";
import { ANNOTATION_CHUNK } from "../../src/addin/office/annotations.js";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { toAddinError } from "../../src/addin/shared/errors.js";
import { createFakeHost } from "./fake/host.js";
import { kienGiang, noViolations, setup } from "./harness.js";
import { bigBook } from "./scale.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

describe("Excel's passing states", () => {
  test("a check started while the user types in a cell waits for the edit to end, then runs", async () => {
    const h = setup();
    h.book.startCellEdit();
    let done = false;
    const checking = h.port.check(req).then((o) => ((done = true), o));
    await new Promise((r) => setTimeout(r, 30));
    expect(done).toBe(false);
    h.book.endCellEdit();
    expect((await checking).marked).toBe(3);
    noViolations(h.book);
  });

  test.each([
    ["InvalidOperationInCellEditMode", "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB", "cell-editing"],
    ["InvalidOperation", "Excel is in cell-editing mode.", "cell-editing"],
    ["GeneralException", "There was an internal error while processing the request.", "try-again"],
    ["InvalidSelection", "The current selection is invalid for this operation.", "try-again"],
    ["InactiveWorkbook", "The operation failed because multiple workbooks are open and the workbook being called by this API has lost focus.", "try-again"],
    ["AccessDenied", "You cannot perform the requested operation.", "sheet-protected"],
  ])("%s is %s", (code, message, kind) => {
    expect(toAddinError(Object.assign(new Error(message), { code })).kind).toBe(kind);
  });
});

test("Office 2021: more refused comments than MAX_RESUMES cost their chunk only; later chunks get theirs", async () => {
  const rows = ANNOTATION_CHUNK + 600;
  const book = bigBook(rows, 1); // every row's award form (F) is flagged
  const sheet = book.sheet("Danh sách")!;
  for (const r of [4, 5, 6, 7, 8]) sheet.notes.set(`F${r}`, "ghi chú cũ"); // legacy notes: a comment is refused there
  const port = createWorkbookPort(createFakeHost(book, { api: "1.14" }));
  const out = await port.check(req);
  expect(out.marked).toBe(rows);
  expect(out.notices).toContainEqual(expect.objectContaining({ kind: "annotations-failed" }));
  expect(out.annotated).toBeGreaterThanOrEqual(rows - ANNOTATION_CHUNK);
  const last = `F${3 + rows}`;
  expect(sheet.comments.some((c) => c.cell === last)).toBe(true);
  noViolations(book);
}, 60_000);
