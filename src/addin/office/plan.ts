// which cells a report marks, with which severity and note: the engine's marks, keyed by cell for the add-in
import type { Lang, Report, Severity } from "../../engine/index.js";
import { markNote, planMarks as engineMarks } from "../../engine/report/marks.js";
import { PALETTE } from "../../engine/report/style.js";
import { cellAddress } from "../shared/address.js";

/** the engine's palette: the same fills as the command's copy */
export const MARK_FILL: Readonly<Record<Severity, string>> = { error: PALETTE.error, warning: PALETTE.warning, info: PALETTE.info };

export interface PlannedMark {
  row: number;
  col: number;
  cell: string;
  severity: Severity;
  messages: string[];
}

/** the marks of one sheet (the add-in checks one workbook: its findings carry no file) */
export function planMarks(report: Report, sheet: string): Map<string, PlannedMark> {
  const out = new Map<string, PlannedMark>();
  for (const m of engineMarks(report, undefined).get(sheet)?.values() ?? []) {
    const cell = cellAddress(m.row, m.col);
    out.set(cell, { row: m.row, col: m.col, cell, severity: m.severity, messages: m.messages });
  }
  return out;
}

/** the add-in's own annotation text: the engine's note text, the same as in the command's copy */
export function annotationText(messages: readonly string[], lang: Lang): string {
  return markNote(messages, lang);
}

/** a note keeps the cell's own text first; the add-in's part follows a blank line */
export function noteText(original: string | null, messages: readonly string[], lang: Lang): string {
  const ours = annotationText(messages, lang);
  return original ? `${original}\n\n${ours}` : ours;
}

export function sameColor(a: string | undefined, b: string): boolean {
  return !!a && a.toUpperCase() === b.toUpperCase();
}
