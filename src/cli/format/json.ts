// --format json: the contract's document; findings carry exactly the contract's keys, the report's
// other parts (codes, award forms, problems, partial) are added after
import type { Finding, Report } from "../../engine/index.js";

const FINDING_KEYS = ["code", "severity", "rule", "file", "sheet", "row", "column", "cell", "field", "unit", "message", "rows", "locations", "messageId", "data"] as const;

function finding(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) o[k] = f[k];
  return o;
}

export function jsonReport(report: Report, outputs: string[]): string {
  const doc = {
    campaign: report.campaign,
    sheets: report.sheets,
    findings: report.findings.map(finding),
    units: report.units.map((u) => ({
      unit: u.unit,
      group: u.group,
      counted: u.counted,
      min: u.min,
      max: u.max,
      status: u.status,
      exempt: u.exempt,
      rows: u.rows,
      ...(u.file !== undefined ? { file: u.file } : {}),
      ...(u.sheet !== undefined ? { sheet: u.sheet } : {}),
    })),
    totals: report.totals,
    codes: report.codes,
    awardForms: report.awardForms,
    problems: report.problems,
    partial: report.partial,
    ...(report.history ? { history: report.history } : {}),
    ...(outputs.length ? { outputs } : {}),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}
