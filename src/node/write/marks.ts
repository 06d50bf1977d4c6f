// which cells of which sheet get a fill and a note: findings grouped by cell, worst severity wins
import type { Finding, Report, Severity } from "../../engine/index.js";
import { columnNumber } from "../../engine/index.js";

export interface Mark {
  row: number;
  col: number;
  severity: Severity;
  messages: string[];
}

/** sheet name -> "row:col" -> mark */
export type SheetMarks = Map<string, Map<string, Mark>>;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worse(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

function cellOf(f: Finding): { row: number; col: number } | undefined {
  if (f.row === undefined || f.column === undefined) return undefined;
  return { row: f.row, col: columnNumber(f.column) };
}

/**
 * the marks of one file. A cell finding marks its cell; a unit finding (quota) marks the unit cell of
 * its first counted row, which is where the engine locates it; a sheet finding marks nothing.
 */
export function marksFor(report: Report, file: string | undefined): SheetMarks {
  const out: SheetMarks = new Map();
  for (const f of report.findings) {
    if (f.file !== file) continue;
    const at = cellOf(f);
    if (!at) continue;
    let sheet = out.get(f.sheet);
    if (!sheet) out.set(f.sheet, (sheet = new Map()));
    const key = `${at.row}:${at.col}`;
    const m = sheet.get(key);
    if (!m) sheet.set(key, { ...at, severity: f.severity, messages: [f.message] });
    else {
      m.severity = worse(m.severity, f.severity);
      if (!m.messages.includes(f.message)) m.messages.push(f.message);
    }
  }
  return out;
}

/** the note's text: one message as is, several as a list */
export function noteText(m: Mark): string {
  return m.messages.length === 1 ? m.messages[0]! : m.messages.map((s) => `• ${s}`).join("\n");
}
