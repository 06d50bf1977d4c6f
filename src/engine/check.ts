// one pass over every sheet: start (layout, missing columns), each row (cell rules), end (quotas, duplicates)
import type { Campaign } from "./campaign/schema.js";
import { fieldLabel, ruleFields, type CompiledField, type Vocab } from "./campaign/compile.js";
import { FindingSink } from "./report/sink.js";
import { AwardFormTally, countCodes, totals, UnitTally } from "./report/summary.js";
import { TYPE_NAMES, renderTemplate } from "./report/messages.js";
import type { Ctx, RowData, RuleRunner, SheetState } from "./rules/context.js";
import { createRunner } from "./rules/index.js";
import type { QuotaRunner } from "./rules/quota.js";
import { columnLetter } from "./sheet/address.js";
import { Grid } from "./sheet/grid.js";
import { compiledFor, lookedFor, scanSheet } from "./sheet/layout.js";
import type { CellValue, CheckOptions, Report, Severity, SheetJob, SheetProblem, SheetReport } from "./types.js";
import { EMPTY, parseCell, type Parsed } from "./values/parse.js";

const TYPED = new Set(["money", "date", "number", "percent", "nomineeType"]);
const CACHED = new Set(["unit", "unitGroup"]);
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

interface Reader {
  f: CompiledField;
  col: number;
  vocab: Vocab | undefined;
  cache: Map<string | number, Parsed> | null;
  typed: boolean;
  sum: boolean; // money or number: what a totals row holds
  lastV: CellValue | undefined;
  lastP: Parsed;
}

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
  const problems: SheetProblem[] = [];
  const reports: SheetReport[] = [];
  const order = new Map<string, number>();
  const totalRows = sheets.reduce((n, s) => n + s.rows.length, 0);
  let done = 0;
  let nominations = 0;

  sheets.forEach((job, index) => {
    order.set(`${job.file ?? ""}\u0000${job.name}`, index);
    const grid = new Grid(job, options.decodeLegacy);
    const scanned = scanSheet(cc, grid, job.layout);
    if (!scanned.ok || !scanned.scan) {
      const reason = scanned.ok ? "empty" : scanned.reason;
      const looked = reason === "no-header" ? lookedFor(cc, lang) : [];
      problems.push({ ...(job.file !== undefined ? { file: job.file } : {}), sheet: job.name, reason, lookedFor: looked, message: problemMessage(reason, looked, lang) });
      return;
    }
    const { layout, kinds, sections } = scanned.scan;
    const available = new Set(Object.keys(layout.columns));
    for (const s of sections.values()) for (const f of Object.keys(s.values)) available.add(f);
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
    const rowRules = active.flatMap((rr) => (rr.row ? [rr.row.bind(rr)] : []));
    const mapped = cc.fields.filter((f) => (layout.columns[f.id] ?? 0) > 0);
    const readers: Reader[] = mapped
      .filter((f) => used.has(f.id) || TYPED.has(f.type))
      .map((f) => ({
        f,
        col: (layout.columns[f.id] as number) - grid.colOffset,
        vocab: cc.vocab.get(f.id),
        cache: f.type !== "text" || CACHED.has(f.id) ? new Map() : null,
        typed: TYPED.has(f.type),
        sum: f.type === "money" || f.type === "number",
        lastV: undefined,
        lastP: EMPTY,
      }));
    // columns only looked at to tell a nomination from an empty numbered row
    const otherCols = mapped
      .filter((f) => f.id !== "rowNumber" && !readers.some((r) => r.f === f))
      .map((f) => (layout.columns[f.id] as number) - grid.colOffset);
    let section: Record<string, string> = {};
    let count = 0;
    const row: RowData = { sheet: state, row: 0, vals: new Array<Parsed>(cc.fields.length).fill(EMPTY) };
    for (let k = 0; k < kinds.length; k++) {
      const r = layout.firstRow + k;
      const kind = kinds[k];
      if (kind === "section") {
        const s = sections.get(r);
        if (s) section = s.values["rewardKind"] !== undefined ? { ...s.values } : { ...section, ...s.values };
        continue;
      }
      if (kind !== "data") continue;
      if (!readRow(ctx, state, readers, otherCols, r, section, row.vals)) continue;
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

const sectionValues = new Map<string, Parsed>();

function readRow(
  ctx: Ctx,
  sheet: SheetState,
  readers: Reader[],
  otherCols: number[],
  r: number,
  section: Record<string, string>,
  vals: Parsed[],
): boolean {
  for (const rd of readers) vals[rd.f.index] = EMPTY;
  for (const f of Object.keys(section)) vals[ctx.cc.byId.get(f)?.index ?? 0] = EMPTY;
  let content = false;
  let words = false;
  const grid = sheet.grid;
  const cells = grid.input.rows[r - grid.rowOffset] ?? [];
  for (const rd of readers) {
    let v = cells[rd.col] ?? null;
    if (v === null) continue;
    let p: Parsed;
    if (typeof v === "string") v = grid.str(v);
    if (v === rd.lastV) p = rd.lastP; // lists come sorted: the cell above often holds the same value
    else if (rd.cache && (typeof v === "string" || typeof v === "number")) {
      const hit = rd.cache.get(v);
      if (hit) p = hit;
      else {
        p = parseCell(rd.f, rd.vocab, v);
        rd.cache.set(v, p);
      }
    } else p = parseCell(rd.f, rd.vocab, v);
    if (rd.cache) {
      rd.lastV = v;
      rd.lastP = p;
    }
    vals[rd.f.index] = p;
    if (!p.empty && rd.f.id !== "rowNumber") {
      content = true;
      if (!rd.sum) words = true;
    }
  }
  for (const c of otherCols)
    if ((cells[c] ?? null) !== null) {
      content = true;
      words = true;
    }
  // nothing, or only amounts: an unlabelled totals row (=SUM under the money columns), not a nomination
  if (!content || !words) return false;
  for (const rd of readers) {
    const p = vals[rd.f.index] as Parsed;
    if (p.bad && (p.error || rd.typed)) {
      const type = TYPE_NAMES[p.error ? "error" : rd.f.type];
      ctx.sink.add("value-type", {
        code: "invalid-value",
        sheet,
        row: r,
        field: rd.f.id,
        data: { value: p.text, type: type ? type[ctx.lang] : rd.f.type },
      });
    }
  }
  for (const [field, id] of Object.entries(section)) {
    const f = ctx.cc.byId.get(field);
    if (!f || !(vals[f.index] as Parsed).empty) continue;
    let p = sectionValues.get(field + "\u0000" + id);
    if (!p) {
      p = { text: "", norm: id, id, num: null, hi: null, empty: false, bad: false, error: false };
      sectionValues.set(field + "\u0000" + id, p);
    }
    vals[f.index] = p;
  }
  return true;
}

function problemMessage(reason: "empty" | "no-header", looked: string[], lang: "vi" | "en"): string {
  if (reason === "empty") return lang === "vi" ? "Trang tính trống." : "The sheet is empty.";
  return renderTemplate(
    lang === "vi"
      ? "Không tìm thấy dòng tiêu đề của danh sách (đã tìm các cột: {{looked}})."
      : "No header row found (looked for the columns: {{looked}}).",
    { looked: looked.join("; ") },
  );
}
