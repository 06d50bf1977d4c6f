// the summary as data: per unit, per code, per award form, totals
import type { CompiledCampaign } from "../campaign/compile.js";
import type { RowData } from "../rules/context.js";
import type { Finding, FindingCode, Report, UnitSummary } from "../types.js";

export function countCodes(findings: readonly Finding[]): Partial<Record<FindingCode, number>> {
  const codes: Partial<Record<FindingCode, number>> = {};
  for (const f of findings) codes[f.code] = (codes[f.code] ?? 0) + 1;
  return codes;
}

export function totals(findings: readonly Finding[], rows: number): Report["totals"] {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const f of findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
    else infos++;
  }
  return { rows, errors, warnings, infos, findings: findings.length };
}

export class AwardFormTally {
  /** by vocabulary id, else by the normalised text; the label as first written (localizeReport names ids) */
  private readonly counts = new Map<string, { label: string; count: number }>();
  private readonly index: number;

  constructor(cc: CompiledCampaign) {
    this.index = cc.byId.get("awardForm")?.index ?? -1;
  }

  add(r: RowData): void {
    const p = r.vals[this.index];
    if (!p || p.empty) return;
    const key = p.id ?? p.norm;
    const e = this.counts.get(key);
    if (e) e.count++;
    else this.counts.set(key, { label: p.text || key, count: 1 });
  }

  list(): Report["awardForms"] {
    return [...this.counts.entries()].map(([form, e]) => ({ form, label: e.label, count: e.count })).sort((a, b) => b.count - a.count);
  }
}

/** units as counted without any quota rule: every row counts, no limits */
export class UnitTally {
  private readonly units = new Map<string, UnitSummary>();
  private readonly index: number;

  constructor(cc: CompiledCampaign) {
    this.index = cc.byId.get("unit")?.index ?? -1;
  }

  add(r: RowData): void {
    const p = r.vals[this.index];
    if (!p || p.empty) return;
    const u = this.units.get(p.norm);
    if (u) {
      u.counted++;
      u.rows.push(r.row);
    } else
      this.units.set(p.norm, {
        unit: p.text,
        group: null,
        counted: 1,
        exempt: 0,
        min: null,
        max: null,
        status: "no-quota",
        rows: [r.row],
        ...(r.sheet.file !== undefined ? { file: r.sheet.file } : {}),
        sheet: r.sheet.name,
      });
  }

  list(): UnitSummary[] {
    return [...this.units.values()];
  }
}
