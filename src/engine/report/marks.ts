// the cell marks as data: which cell of which sheet gets which fill and which note, for both faces
import { columnNumber } from "../sheet/address.js";
import type { Finding, Lang, Report, Severity } from "../types.js";
import { SUMMARY_WORDS } from "./locale.js";
import { worse } from "./style.js";

export interface CellMark {
  row: number;
  col: number;
  /** the fill's style token: the worst severity of the cell's findings */
  severity: Severity;
  /** the cell's findings' messages, each once, in report order */
  messages: string[];
}

/** sheet name -> "row:col" -> mark */
export type SheetMarks = Map<string, Map<string, CellMark>>;

/** where a finding is marked: its own cell (a quota finding: the unit cell of its first counted row); a sheet finding marks nothing */
function cellOf(f: Finding): { row: number; col: number } | undefined {
  if (f.row === undefined || f.column === undefined) return undefined;
  return { row: f.row, col: columnNumber(f.column) };
}

/** the marks of one file's sheets (file: the findings' `file`, undefined for a single unnamed workbook) */
export function planMarks(report: Report, file: string | undefined): SheetMarks {
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

/** the note's text, the same in the copy and in the add-in: a heading that marks it as ours, then the messages */
export function markNote(messages: readonly string[], lang: Lang): string {
  return [SUMMARY_WORDS[lang].markHeading, ...messages.map((m) => `• ${m}`)].join("\n");
}

/** both headings: a note of either language is recognised as the tool's own */
export const MARK_HEADINGS: readonly string[] = [SUMMARY_WORDS.vi.markHeading, SUMMARY_WORDS.en.markHeading];
