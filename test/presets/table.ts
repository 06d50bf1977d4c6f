// test tables for the built-in campaigns: sheets built in memory, findings flattened to tuples
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/index.js";
import type { Campaign, CellValue, Report, SheetJob } from "../../src/engine/index.js";
import { getPreset } from "../../src/presets/index.js";

/** worksheet row of the first data row: three title rows, the header on row 4 */
export const FIRST = 5;

/** column key -> header text as a clerk wrote it, in column order */
export type Columns = Readonly<Record<string, string>>;
/** column key -> cell value */
export type Row = Readonly<Record<string, CellValue | undefined>>;

/** [worksheet row, field ("unit" for a unit-scoped quota finding), code, rule] */
export type Tuple = [row: number | null, field: string | null, code: string, rule: string];

export function preset(id: string): Campaign {
  const c = getPreset(id);
  if (!c) throw new Error(`no preset ${id}`);
  return c;
}

/** a nomination sheet: title block, one header row, data rows; the "stt" column is numbered if left out */
export function sheet(cols: Columns, rows: readonly Row[], name = "Danh sách", file?: string): SheetJob {
  const keys = Object.keys(cols);
  const width = keys.length;
  const pad = (first: string): CellValue[] => [first, ...Array<CellValue>(width - 1).fill(null)];
  return {
    name,
    ...(file !== undefined ? { file } : {}),
    rows: [
      pad("ỦY BAN NHÂN DÂN TỈNH"),
      pad("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"),
      pad(""),
      keys.map((k) => cols[k] as string),
      ...rows.map((r, i) => keys.map((k) => (k === "stt" && r[k] === undefined ? i + 1 : (r[k] ?? null)))),
    ],
  };
}

export function tuples(report: Report, rule?: string): Tuple[] {
  return report.findings
    .filter((f) => rule === undefined || f.rule === rule)
    .map((f) => [f.row ?? null, f.field ?? (f.unit !== undefined ? "unit" : null), f.code, f.rule] as Tuple);
}

export function run(campaign: Campaign, sheets: SheetJob[]): Report {
  return check(campaign, sheets);
}

export interface Case {
  name: string;
  rows?: readonly Row[];
  /** several sheets (one pool); overrides rows */
  sheets?: SheetJob[];
}
export interface InvalidCase extends Case {
  errors: Tuple[];
}

/** an ESLint-style table for one rule: valid cases give no finding of that rule, invalid ones exactly `errors` */
export function ruleTable(
  campaign: Campaign,
  ruleId: string,
  cols: Columns,
  table: { valid: readonly Case[]; invalid: readonly InvalidCase[] },
): void {
  const sheetsOf = (c: Case) => c.sheets ?? [sheet(cols, c.rows ?? [])];
  describe(`rule ${ruleId}`, () => {
    it("exists in the campaign", () => {
      expect(campaign.rules.map((r) => r.id)).toContain(ruleId);
    });
    for (const c of table.valid)
      it(`valid: ${c.name}`, () => {
        const report = run(campaign, sheetsOf(c));
        expect(report.problems).toEqual([]);
        expect(tuples(report, ruleId)).toEqual([]);
      });
    for (const c of table.invalid)
      it(`invalid: ${c.name}`, () => {
        const report = run(campaign, sheetsOf(c));
        expect(report.problems).toEqual([]);
        expect(tuples(report, ruleId)).toEqual(c.errors);
      });
  });
}

/** n copies of a row, each with its own name */
export function many(n: number, base: Row, name = (i: number) => `Nguyễn Văn Cán Bộ ${i + 1}`): Row[] {
  return Array.from({ length: n }, (_, i) => ({ ...base, name: name(i) }));
}
