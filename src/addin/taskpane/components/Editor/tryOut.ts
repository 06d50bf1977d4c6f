// "Thử trên trang tính này": how many rows each rule of the draft flags on the sheet, before saving
import type { Campaign, Report } from "../../../../engine/index.js";

export interface RuleTally {
  rule: string;
  /** distinct rows the rule's findings name */
  rows: number;
  /** findings of the whole sheet (a missing column) */
  sheetWide: number;
  errors: number;
  warnings: number;
}

export interface TryResult {
  sheet: string;
  rows: number;
  tallies: RuleTally[];
}

/** every rule of the campaign, in its order, then findings under other names (e.g. invalid values) */
export function tally(campaign: Campaign, report: Report, sheet: string): TryResult {
  const by = new Map<string, { rows: Set<number>; sheetWide: number; errors: number; warnings: number }>();
  const get = (id: string) => {
    let t = by.get(id);
    if (!t) by.set(id, (t = { rows: new Set(), sheetWide: 0, errors: 0, warnings: 0 }));
    return t;
  };
  for (const r of campaign.rules) get(r.id);
  for (const f of report.findings) {
    const t = get(f.rule);
    const rows = f.rows ?? (f.row !== undefined ? [f.row] : []);
    if (rows.length === 0) t.sheetWide++;
    for (const r of rows) t.rows.add(r);
    if (f.severity === "error") t.errors++;
    else if (f.severity === "warning") t.warnings++;
  }
  return {
    sheet,
    rows: report.totals.rows,
    tallies: [...by].map(([rule, t]) => ({ rule, rows: t.rows.size, sheetWide: t.sheetWide, errors: t.errors, warnings: t.warnings })),
  };
}
