// each marked sheet carries a key of the add-in's own, so the ledger finds it again in a later session:
// Worksheet.id "will change between sessions" (office-js-docs #297), between hosts (office-js #1390),
// and is the same for the first sheet of every new workbook on the web (office-js #552). The key is a
// worksheet custom property (ExcelApi 1.12), saved with the sheet; without 1.12 the name is all there is.
import type { LedgerEntry } from "./ledger.js";

export const SHEET_KEY_PROP = "thidua.sheetKey";

/** one worksheet as the ledger sees it: its name now and its key (null: none yet, or no ExcelApi 1.12) */
export interface SheetRef {
  name: string;
  key: string | null;
}

export function newSheetKey(): string {
  const uuid = globalThis.crypto?.randomUUID?.();
  return uuid ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** queues the read of a sheet's key; answer with `keyOf` after the next sync */
export function queueKeyRead(ws: Excel.Worksheet): Excel.WorksheetCustomProperty {
  const p = ws.customProperties.getItemOrNullObject(SHEET_KEY_PROP);
  p.load("value");
  return p;
}

export function keyOf(p: Excel.WorksheetCustomProperty | null | undefined): string | null {
  return p && !p.isNullObject && typeof p.value === "string" && p.value !== "" ? p.value : null;
}

export function queueKeyWrite(ws: Excel.Worksheet, key: string): void {
  ws.customProperties.add(SHEET_KEY_PROP, key);
}

/**
 * the sheet a ledger entry belongs to, or null (then the entry is kept, never dropped): the sheet with its
 * key (of several, a copy made with "Move or Copy", the one with its name); without keys on both sides,
 * the sheet with its name. A sheet with another key under the same name is another sheet.
 */
export function ownerOf(e: LedgerEntry, sheets: readonly SheetRef[]): SheetRef | null {
  if (e.sheetKey) {
    const byKey = sheets.filter((s) => s.key === e.sheetKey);
    if (byKey.length > 0) return byKey.find((s) => s.name === e.sheet) ?? byKey[0]!;
  }
  const byName = sheets.find((s) => s.name === e.sheet);
  if (byName && (!e.sheetKey || !byName.key)) return byName;
  return null;
}

/** whether a sheet must get a key of its own: it has none, or shares one with another sheet (a copy) */
export function needsNewKey(sheet: SheetRef, sheets: readonly SheetRef[]): boolean {
  return !sheet.key || sheets.some((s) => s !== sheet && s.name !== sheet.name && s.key === sheet.key);
}
