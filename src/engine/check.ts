// one pass over every sheet: start (layout, the baseline's missing columns), each row (the baseline's
// invalid values, then the cell rules), end (quotas, duplicates); then the findings rendered in a language
import type { Campaign } from "./campaign/schema.js";
import { FindingSink } from "./report/sink.js";
import { localizeReport } from "./report/localize.js";
import { AwardFormTally, countCodes, totals, UnitTally } from "./report/summary.js";
import { createBaseline } from "./rules/baseline.js";
import { ColumnNeeds } from "./rules/needs.js";
import type { Ctx, RowData, SheetState } from "./rules/context.js";
import { createRunner, ruleFields } from "./rules/registry.js";
import { columnLetter } from "./sheet/address.js";
import { Grid } from "./sheet/grid.js";
import { compiledFor, scanSheet } from "./sheet/layout.js";
import type { CheckOptions, ProblemReason, Report, SheetJob, SheetProblem, SheetReport } from "./types.js";
import { WorkbookLookups } from "./sheet/lookup.js";
import { RowReader, valueCaches } from "./sheet/read.js";
import { EMPTY, type Parsed } from "./values/parse.js";
import { buildHistory } from "./yearly/history.js";
import { campaignHints, impliedFields, resolveCandidates, sheetEvidence } from "./hints/index.js";
import type { SheetEvidence } from "./hints/evidence.js";

/** check a nomination pool (every sheet of every workbook given) against a campaign */
export function check(campaign: Campaign, sheets: readonly SheetJob[], options: CheckOptions = {}): Report {
  const cc = compiledFor(campaign);
  const sink = new FindingSink(cc, options.maxFindings ?? 200_000);
  const history = options.history ? buildHistory(cc, options.history, options.guessLegacy === true) : undefined;
  const ctx: Ctx = { cc, sink, needs: new ColumnNeeds(), units: [], history, year: options.year };
  const baseline = createBaseline(ctx);
  const runners = cc.rules.map((r) => createRunner(ctx, r));
  const used = new Set(["name", "unit", "unitGroup", "nomineeType", "awardForm", "rewardKind", ...cc.rules.flatMap(ruleFields)]);
  const counting = cc.rules.some((r) => r.kind === "quota") ? null : new UnitTally(cc); // units without any quota rule
  const awardTally = new AwardFormTally(cc);
  const caches = valueCaches(cc);
  const problems: SheetProblem[] = [];
  const reports: SheetReport[] = [];
  const order = new Map<string, number>();
  const totalRows = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  let nominations = 0;
  const lookups = new WorkbookLookups([...sheets, ...(options.lookupSheets ?? [])], options.guessLegacy === true);
  const evidence: SheetEvidence[] = [];

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
      problems.push({ ...(job.file !== undefined ? { file: job.file } : {}), sheet: job.name, reason, lookedFor: [], message: "" });
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
      ...(job.unit !== undefined && job.unit.trim() !== "" ? { unit: job.unit.trim() } : {}),
    };
    const active = baseline.start(state, runners, scanned.scan.lookups);
    for (const rr of active) rr.sheet?.(state);
    const rowRules = [baseline.row, ...active.flatMap((rr) => (rr.row ? [rr.row] : []))];
    const reader = new RowReader(cc, state, used, caches, scanned.scan, job.unit);
    let section: Record<string, string> = {};
    let count = 0;
    const hidden = job.hiddenRows?.length ? new Set(job.hiddenRows) : null;
    const hiddenChecked: number[] = [];
    const row: RowData = { sheet: state, row: 0, vals: new Array<Parsed>(cc.fields.length).fill(EMPTY) };
    for (let k = 0; k < kinds.length; k++) {
      const r = layout.firstRow + k;
      const kind = kinds[k];
      if (kind === "section") {
        const s = sections.get(r);
        if (s) reader.setSection((section = s.values["rewardKind"] !== undefined ? { ...s.values } : { ...section, ...s.values }));
        continue;
      }
      if (kind !== "data" || !reader.read(r, row.vals)) continue;
      row.row = r;
      for (const rule of rowRules) rule(row);
      awardTally.add(row);
      counting?.add(row);
      count++;
      if (hidden?.has(r)) hiddenChecked.push(r);
      if (options.onProgress && (++done & 4095) === 0) options.onProgress(done, totalRows);
    }
    baseline.finish(state, count);
    nominations += count;
    if (options.hintCandidates && count > 0) {
      const implied = impliedFields(sections.values(), sheetSection ?? null, state.unit !== undefined);
      evidence.push(sheetEvidence(grid, layout, kinds, scanned.scan.lookups, implied, { ...(job.file !== undefined ? { file: job.file } : {}), sheet: job.name }));
    }
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
      ...(sheetSection?.by && sheetSection.values["nomineeType"] ? { nomineeType: { type: sheetSection.values["nomineeType"], by: sheetSection.by } } : {}),
      rows: count,
      ...(hiddenChecked.length ? { hiddenRows: hiddenChecked } : {}),
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
  const report: Report = {
    campaign: { id: campaign.id, name: "" },
    sheets: reports,
    findings,
    units: counting ? counting.list() : ctx.units,
    codes: countCodes(findings),
    awardForms: awardTally.list(),
    totals: totals(findings, nominations),
    problems,
    partial: sink.partial,
    ...(history ? { history: history.sources } : {}),
    // candidates are resolved only now, and only when some sheet was checked
    hints: evidence.length ? campaignHints(cc, resolveCandidates(options.hintCandidates), evidence) : [],
  };
  // the same rendering the pane uses to switch language without checking again
  return localizeReport(report, cc, options.lang ?? "vi", true);
}
