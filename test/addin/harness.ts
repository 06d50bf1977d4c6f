// one fake workbook, its host and the port the pane would get, ready for a test
import { expect } from "vitest";
import type { Campaign } from "../../src/engine/index.js";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import type { WorkbookPort } from "../../src/addin/port.js";
import { getPreset } from "../../src/presets/index.js";
import { createFakeHost, type FakeHost, type FakeHostOptions } from "./fake/host.js";
import { FakeBook, type FakeSheet } from "./fake/model.js";
import { nominationSheet, type SheetSpec } from "./fixtures.js";

export interface Harness {
  book: FakeBook;
  host: FakeHost;
  port: WorkbookPort;
  sheet: FakeSheet;
}

export function setup(spec: SheetSpec = {}, opts: FakeHostOptions = {}): Harness {
  const book = new FakeBook();
  const sheet = nominationSheet(book, spec);
  const host = createFakeHost(book, opts);
  return { book, host, port: createWorkbookPort(host), sheet };
}

/** the same workbook after save and reopen, on a host with the given options */
export function reopen(h: Harness, opts: FakeHostOptions = {}): Harness {
  const book = h.book.saveAndReopen();
  const host = createFakeHost(book, { settings: h.host.settings.reopen(), ...opts });
  const sheet = book.sheet(h.sheet.name);
  if (!sheet) throw new Error("sheet lost on reopen");
  return { book, host, port: createWorkbookPort(host), sheet };
}

export function kienGiang(): Campaign {
  const c = getPreset("kien-giang-2021-covid");
  if (!c) throw new Error("preset kien-giang-2021-covid missing");
  return c;
}

export function noViolations(book: FakeBook): void {
  expect(book.violations).toEqual([]);
}
