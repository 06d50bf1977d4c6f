// --format json: the contract's document; findings carry exactly the contract's keys, the report's
// other parts (codes, award forms, problems, partial) are added after
import type { Finding, Hint, Report } from "../../engine/core.js";

const FINDING_KEYS = ["code", "severity", "rule", "file", "sheet", "row", "column", "cell", "field", "unit", "message", "rows", "locations", "messageId", "data"] as const;

/** the contract's { file, sheet, campaign, message }, with messageId and data as findings have them */
const HINT_KEYS = ["file", "sheet", "campaign", "message", "messageId", "data"] as const;

function hint(h: Hint): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of HINT_KEYS) if (h[k] !== undefined) o[k] = h[k];
  return o;
}

function finding(f: Finding): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of FINDING_KEYS) if (f[k] !== undefined) o[k] = f[k];
  return o;
}

/** the document, as JSON.stringify(doc, null, 2) would write it plus a newline, handed over in pieces */
export function writeJsonReport(report: Report, outputs: string[], write: (piece: string) => void): void {
  const head = { campaign: report.campaign, sheets: report.sheets };
  const rest = {
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
    hints: (report.hints ?? []).map(hint),
    ...(report.history ? { history: report.history } : {}),
    ...(outputs.length ? { outputs } : {}),
  };
  // a round of many files has tens of thousands of findings: one piece each, never the whole text at once
  write(JSON.stringify(head, null, 2).slice(0, -2) + ',\n  "findings": ');
  const findings = report.findings;
  if (!findings.length) write("[]");
  else {
    write("[\n");
    findings.forEach((f, i) => write("    " + JSON.stringify(finding(f), null, 2).replace(/\n/g, "\n    ") + (i < findings.length - 1 ? ",\n" : "\n")));
    write("  ]");
  }
  write("," + JSON.stringify(rest, null, 2).slice(1) + "\n");
}
