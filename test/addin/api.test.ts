import { expect, test } from "vitest";
import { kienGiang, noViolations, setup } from "./harness.js";

const req = { sheet: "Danh sách", campaign: kienGiang(), lang: "vi" as const };

test("ExcelApi 1.8: the pane is told 1.9 is missing, and check refuses with a clear error", async () => {
  const h = setup({}, { api: "1.8" });
  expect(h.port.hostInfo().missing).toEqual(["base"]);
  await expect(h.port.check(req)).rejects.toMatchObject({ name: "AddinError", kind: "api-missing" });
  await expect(h.port.clearMarks()).rejects.toMatchObject({ kind: "api-missing" });
  expect(h.book.stats.syncs).toBe(0);
});

test("ExcelApi 1.9 without comments or notes: cells are filled, the user is told messages are not attached", async () => {
  const h = setup({}, { api: "1.9" });
  expect(h.port.hostInfo().missing).toEqual(["annotations"]);
  const out = await h.port.check(req);
  expect(out.annotationMode).toBe("none");
  expect(out.marked).toBe(3);
  expect(out.annotated).toBe(0);
  expect(out.notices).toContainEqual({ kind: "annotations-missing" });
  expect(h.sheet.notes.size + h.sheet.comments.length).toBe(0);
  noViolations(h.book);
});

test("ExcelApi 1.14 (Office 2021) lacks notes: told so, comments used", () => {
  const h = setup({}, { api: "1.14" });
  expect(h.port.hostInfo()).toMatchObject({ missing: ["notes"], capabilities: { base: true, comments: true, notes: false } });
});

test("display language picks the pane's language", () => {
  expect(setup({}, { displayLanguage: "vi-VN" }).port.hostInfo().lang).toBe("vi");
  expect(setup({}, { displayLanguage: "en-GB" }).port.hostInfo().lang).toBe("en");
  expect(setup({}, { displayLanguage: "fr-FR" }).port.hostInfo().lang).toBe("en");
});

test("ExcelApi 1.12 has no getMergedAreas: the merged two-row header is read from its cells alone", async () => {
  const h = setup({ twoRowHeader: true }, { api: "1.12" });
  expect(h.port.hostInfo().capabilities.merges).toBe(false);
  const out = await h.port.check(req);
  expect(out.report.sheets[0]?.columns).toMatchObject({ name: "B", contribution: "H", mobilized: "I" });
  expect(out.report.findings.map((f) => f.cell)).toEqual(["F10", "H11", "B12"]);
  noViolations(h.book);
});
