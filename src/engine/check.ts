// one pass over every sheet: start (layout, missing columns), each row (cell rules), end (quotas, duplicates)
import type { Campaign } from "./campaign/schema.js";
import { fieldLabel, ruleFields } from "./campaign/compile.js";
import { FindingSink } from "./report/sink.js";
import { AwardFormTally, countCodes, totals, UnitTally } from "./report/summary.js";
import { renderTemplate } from "./report/messages.js";
import type { Ctx, RowData, RuleRunner, SheetState } from "./rules/context.js";
import { createRunner } from "./rules/index.js";
import type { QuotaRunner } from "./rules/quota.js";
import { columnLetter } from "./sheet/address.js";
import { Grid } from "./sheet/grid.js";
import { compiledFor, lookedFor, scanSheet } from "./sheet/layout.js";
import type { CheckOptions, ProblemReason, Report, Severity, SheetJob, SheetProblem, SheetReport } from "./types.js";
import { WorkbookLookups } from "./sheet/lookup.js";
import { RowReader, valueCaches } from "./sheet/read.js";
import { EMPTY, type Parsed } from "./values/parse.js";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** check a nomination pool (every sheet of every workbook given) against a campaign */
export function check(campaign: Campaign, sheets: readonly SheetJob[], options: CheckOptions = {}): Report {
  const cc = compiledFor(campaign);
  const lang = options.lang ?? "vi";
  const sink = new FindingSink(cc, lang, options.maxFindings ?? 200_000);
  const ctx: Ctx = { cc, lang, sink };
  const runners = cc.rules.map((r) => createRunner(ctx, r));
  const used = new Set(["name", "unit", "unitGroup", "nomineeType", "awardForm", "rewardKind", ...cc.rules.flatMap(ruleFields)]);
  const quota = runners.find((r): r is QuotaRunner => r.rule.kind === "quota");
  const unitTally = quota ? null : new UnitTally(cc);
  const awardTally = new AwardFormTally(cc);
  const caches = valueCaches(cc);
  const problems: SheetProblem[] = [];
  const reports: SheetReport[] = [];
  const order = new Map<string, number>();
  const totalRows = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  let nominations = 0;
  const lookups = new WorkbookLookups(sheets, options.guessLegacy === true);

  sheets.forEach((job, index) => {
    order.set(`${job.file ?? ""}\u0000${job.name}`, index);
    const grid = new Grid(job, options.guessLegacy === true);
    let scanned = scanSheet(cc, grid, job.layout, lookups.for(job));
    // columns named for every sheet (thidua check --map) do not make a code table a list
    if (scanned.ok && job.layout?.columns && job.layout.headerRow === undefined && lookups.holdsTables(job)) {
      const plain = scanSheet(cc, grid, undefined, lookups.for(job));
      if (!plain.ok) scanned = plain;
    }
    if (!scanned.ok || !scanned.scan) {
      let reason: ProblemReason = scanned.ok ? "empty" : scanned.reason;
      // a code table (DANHMUC, HTKT) is a sheet of its own kind, not a list without a header
      if (reason === "no-header" && lookups.holdsTables(job)) reason = "not-a-list";
      const looked = reason === "no-header" ? lookedFor(cc, lang) : [];
      problems.push({ ...(job.file !== undefined ? { file: job.file } : {}), sheet: job.name, reason, lookedFor: looked, message: problemMessage(reason, looked, lang) });
      return;
    }
    const { layout, kinds, sections, sheetSection } = scanned.scan;
    const available = new Set(Object.keys(layout.columns));
    for (const s of sections.values()) for (const f of Object.keys(s.values)) available.add(f);
    for (const f of Object.keys(sheetSection?.values ?? {})) available.add(f);
    if (job.unit !== undefined && job.unit.trim() !== "") available.add("unit");
    const state: SheetState = {
      index,
      ...(job.file !== undefined ? { file: job.file } : {}),
      name: job.name,
      grid,
      layout,
      cols: cc.fields.map((f) => layout.columns[f.id] ?? 0),
      available,
    };
    const active = activeRunners(ctx, runners, state);
    let section: Record<string, string> = {};
    // the functions themselves, not bound methods: cheaper to call once per rule and row
    for (const rr of active) rr.sheet?.(state);
    const rowRules = active.flatMap((rr) => (rr.row ? [rr.row] : []));
    const reader = new RowReader(ctx, state, used, caches, scanned.scan, job.unit);
    let count = 0;
    const row: RowData = { sheet: state, row: 0, vals: new Array<Parsed>(cc.fields.length).fill(EMPTY) };
    for (let k = 0; k < kinds.length; k++) {
      const r = layout.firstRow + k;
      const kind = kinds[k];
      if (kind === "section") {
        const s = sections.get(r);
        if (s) reader.setSection((section = s.values["rewardKind"] !== undefined ? { ...s.values } : { ...section, ...s.values }));
        continue;
      }
      if (kind !== "data") continue;
      if (!reader.read(r, row.vals)) continue;
      row.row = r;
      for (let i = 0; i < rowRules.length; i++) (rowRules[i] as (r: RowData) => void)(row);
      awardTally.add(row);
      unitTally?.add(row);
      count++;
      if (options.onProgress && (++done & 4095) === 0) options.onProgress(done, totalRows);
    }
    nominations += count;
    reports.push({
      ...(job.file !== undefined ? { file: job.file } : {}),
      name: job.name,
      headerRow: layout.headerRow,
      firstRow: layout.firstRow,
      lastRow: layout.lastRow,
      columns: Object.fromEntries(Object.entries(layout.columns).map(([f, c]) => [f, columnLetter(c)])),
      ...(layout.mappedBy ? { mappedBy: layout.mappedBy } : {}),
      ...(layout.lookups
        ? {
            lookups: Object.fromEntries(
              Object.entries(layout.lookups).map(([f, l]) => [f, { sheet: l.sheet, codeColumn: columnLetter(l.codeColumn), nameColumn: columnLetter(l.nameColumn), codes: l.codes }]),
            ),
          }
        : {}),
      rows: count,
    });
  });

  for (const rr of runners) rr.end?.();
  options.onProgress?.(totalRows, totalRows);
  const findings = sink.findings;
  findings.sort((a, b) => {
    const sa = order.get(`${a.file ?? ""}\u0000${a.sheet}`) ?? 0;
    const sb = order.get(`${b.file ?? ""}\u0000${b.sheet}`) ?? 0;
    return sa - sb || (a.row ?? 0) - (b.row ?? 0) || (a.column ?? "").length - (b.column ?? "").length || (a.column ?? "").localeCompare(b.column ?? "");
  });
  return {
    campaign: { id: campaign.id, name: campaign.name[lang] },
    sheets: reports,
    findings,
    units: quota ? quota.units() : (unitTally?.list() ?? []),
    codes: countCodes(findings),
    awardForms: awardTally.list(lang),
    totals: totals(findings, nominations),
    problems,
    partial: sink.partial,
  };
}

/** the rules that can run on this sheet; the others give one missing-column finding per absent field */
function activeRunners(ctx: Ctx, runners: RuleRunner[], sheet: SheetState): RuleRunner[] {
  const missing = new Map<string, { rules: string[]; severity: Severity }>();
  const active = runners.filter((rr) => {
    const lacking = rr.needs(sheet).filter((f) => !sheet.available.has(f));
    for (const f of new Set(lacking)) {
      const sev = rr.rule.optional ? "info" : (rr.rule.severity ?? "error");
      const m = missing.get(f);
      if (!m) missing.set(f, { rules: [rr.rule.id], severity: sev });
      else {
        m.rules.push(rr.rule.id);
        if (SEVERITY_RANK[sev] > SEVERITY_RANK[m.severity]) m.severity = sev;
      }
    }
    return lacking.length === 0 || rr.rule.kind === "required";
  });
  for (const [field, m] of missing) {
    const f = ctx.cc.byId.get(field);
    ctx.sink.add(m.rules[0] as string, {
      code: "missing-column",
      severity: m.severity,
      sheet,
      field,
      data: { headers: (f?.headers ?? []).slice(0, 4).join(", ") || fieldLabel(ctx.cc, field, ctx.lang), rules: m.rules.join(", ") },
    });
  }
  return active;
}

function problemMessage(reason: ProblemReason, looked: string[], lang: "vi" | "en"): string {
  if (reason === "empty") return lang === "vi" ? "Trang tính trống." : "The sheet is empty.";
  if (reason === "not-a-list")
    return lang === "vi"
      ? "Không phải danh sách đề nghị khen thưởng (không có cột họ tên cùng cột hình thức khen thưởng, đối tượng hoặc đơn vị đề nghị); bỏ qua."
      : "Not a nomination list (no name column together with an award form, nominee type or proposing unit column); skipped.";
  return renderTemplate(
    lang === "vi"
      ? "Không tìm thấy dòng tiêu đề của danh sách (đã tìm các cột: {{looked}})."
      : "No header row found (looked for the columns: {{looked}}).",
    { looked: looked.join("; ") },
  );
}
