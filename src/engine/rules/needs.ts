// columns only some rows need (money for donors, a registration date for registered units, a yearly title's
// criteria): a rule says, row by row, which absent columns that row needed; the baseline decides at the end
// of the sheet whether a missing column is an error (some row needed it) or an info line (none did)
import type { Severity } from "../types.js";
import type { RowData, SheetState } from "./context.js";
import type { RuleBase } from "./kind.js";

/** one absent column (or set of alternatives: "contribution or mobilized") that rows of one sheet needed */
export interface Need {
  /** the alternatives, any of which would do; the finding's `field` is the first */
  fields: string[];
  rules: string[];
  severity: Severity;
  /** the rows that needed it, in sheet order */
  rows: number[];
  /** the field whose cell on the first row made it need the column (e.g. its "Nhà hảo tâm" reward kind) */
  at?: string;
  /** the headers looked for, when a rule words them itself ("Năm; … NĂM 2025; --year") */
  headers?: string[];
}

const RANK: Readonly<Record<Severity, number>> = { info: 0, warning: 1, error: 2 };

export class ColumnNeeds {
  private sheet: SheetState | null = null;
  private readonly byKey = new Map<string, Need>();

  /** a new sheet begins: what the last one needed was taken by `take` */
  begin(sheet: SheetState): void {
    this.sheet = sheet;
    this.byKey.clear();
  }

  /**
   * row r needs one of `fields`, none of which has a column here; `at`: the field whose cell made the rule
   * apply to the row; `severity`: the rule's own for this finding (else the rule's, info when optional)
   */
  need(rule: RuleBase, r: RowData, fields: readonly string[], opts: { at?: string | undefined; severity?: Severity; headers?: string[] } = {}): void {
    if (r.sheet !== this.sheet || fields.length === 0) return;
    const list = [...new Set(fields)];
    const key = list.join("\u0000");
    const sev: Severity = opts.severity ?? (rule.optional ? "info" : (rule.severity ?? "error"));
    let n = this.byKey.get(key);
    if (!n) {
      n = { fields: list, rules: [], severity: sev, rows: [] };
      if (opts.at !== undefined) n.at = opts.at;
      if (opts.headers !== undefined) n.headers = opts.headers;
      this.byKey.set(key, n);
    }
    if (!n.rules.includes(rule.id)) n.rules.push(rule.id);
    if (RANK[sev] > RANK[n.severity]) n.severity = sev;
    if (n.rows[n.rows.length - 1] !== r.row) n.rows.push(r.row);
  }

  /** whether a row of this sheet needed `field` */
  needed(field: string): boolean {
    for (const n of this.byKey.values()) if (n.fields.includes(field)) return true;
    return false;
  }

  /** what the sheet's rows needed, and forget it */
  take(): Need[] {
    const out = [...this.byKey.values()];
    this.byKey.clear();
    this.sheet = null;
    return out;
  }
}
