// sheets of the yearly round built in memory: a list with its title block, past decisions, findings as tuples
import { check, type CellValue, type CheckOptions, type Campaign, type Finding, type Report, type SheetJob } from "../../src/engine/index.js";
import { getPreset } from "../../src/presets/index.js";

export const law = (): Campaign => getPreset("luat-tdkt-2022")!;

/** a list: agency, title (with the year), a blank row, the header on row 4, data from row 5 */
export const FIRST = 5;

export function list(header: string[], rows: CellValue[][], title = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", name = "Danh sách", file?: string): SheetJob {
  const w = header.length;
  const pad = (s: string): CellValue[] => [s, ...Array<CellValue>(w - 1).fill(null)];
  return {
    name,
    ...(file !== undefined ? { file } : {}),
    rows: [pad("ỦY BAN NHÂN DÂN HUYỆN GÒ QUAO"), pad(title), pad(""), header, ...rows.map((r) => [...r, ...Array<CellValue>(Math.max(0, w - r.length)).fill(null)])],
  };
}

/** a past award decision's list: its heading names the title and (maybe) the year */
export function decision(title: string, header: string[], rows: CellValue[][], file?: string, name = "Danh sách"): SheetJob {
  return list(header, rows, title, name, file);
}

export type Tuple = [row: number | null, field: string | null, code: string, rule: string];

export function tuples(findings: Finding[], rule?: string): Tuple[] {
  return findings.filter((f) => rule === undefined || f.rule === rule).map((f) => [f.row ?? null, f.field ?? null, f.code, f.rule]);
}

export function run(sheets: SheetJob[], opts: CheckOptions = {}, campaign: Campaign = law()): Report {
  return check(campaign, sheets, opts);
}
