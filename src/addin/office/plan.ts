// which cells a report marks, with which severity and message; pure, so it is tested on its own
import type { Finding, Lang, Report, Severity } from "../../engine/index.js";
import { cellAddress, columnNumber, parseCellRef } from "../shared/address.js";

export const MARK_FILL: Readonly<Record<Severity, string>> = {
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
};

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 };

export interface PlannedMark {
  row: number;
  col: number;
  cell: string;
  severity: Severity;
  messages: string[];
}

function cellsOf(f: Finding): { row: number; col: number }[] {
  if (f.cell) {
    const p = parseCellRef(f.cell);
    if (p) return [p];
  }
  if (!f.column) return [];
  const col = columnNumber(f.column);
  const rows = f.rows && f.rows.length > 0 ? f.rows : f.row ? [f.row] : [];
  return rows.map((row) => ({ row, col }));
}

/** findings of one sheet grouped per cell; a cell with several findings takes the worst severity */
export function planMarks(report: Report, sheet: string): Map<string, PlannedMark> {
  const out = new Map<string, PlannedMark>();
  for (const f of report.findings) {
    if (f.sheet !== sheet) continue;
    for (const { row, col } of cellsOf(f)) {
      const cell = cellAddress(row, col);
      const cur = out.get(cell);
      if (!cur) {
        out.set(cell, { row, col, cell, severity: f.severity, messages: [f.message] });
        continue;
      }
      if (RANK[f.severity] > RANK[cur.severity]) cur.severity = f.severity;
      if (!cur.messages.includes(f.message)) cur.messages.push(f.message);
    }
  }
  return out;
}

const HEADING: Readonly<Record<Lang, string>> = { vi: "Kiểm tra thi đua:", en: "Nomination check:" };

/** the add-in's own annotation text */
export function annotationText(messages: readonly string[], lang: Lang): string {
  return [HEADING[lang], ...messages.map((m) => `• ${m}`)].join("\n");
}

/** a note keeps the cell's own text first; the add-in's part follows a blank line */
export function noteText(original: string | null, messages: readonly string[], lang: Lang): string {
  const ours = annotationText(messages, lang);
  return original ? `${original}\n\n${ours}` : ours;
}

export function sameColor(a: string | undefined, b: string): boolean {
  return !!a && a.toUpperCase() === b.toUpperCase();
}
