// the live re-check: after a check, edits to the checked sheet re-check themselves. Events only say
// where (office-js #5347: no details for pastes and multi-cell edits; #3899: formula results missed), so
// the changed rows are read again; the engine runs again over the sheet already in memory (its row rules
// see the new rows, its end rules — quotas, duplicates — the whole pool), and the marks follow the
// difference. One edit batch costs three requests: re-read, current formats, writes (and one more per
// chunk Excel on the web's 5 MB limit forces), whatever the sheet's size.
import type { Finding, Report, SheetInput } from "../../engine/index.js";
import type { CheckOutcome, CheckRequest } from "../port.js";
import type { EngineRunner } from "../worker/runner.js";
import { queueCommentList } from "./annotations.js";
import type { AnnotationMode } from "./capabilities.js";
import { type Change, changedRows, isStructural, queueReread } from "./changes.js";
import type { LedgerEntry } from "./ledger.js";
import { applyMarks } from "./marks.js";
import { planMarks } from "./plan.js";

/** quiet time after the last edit before the re-check runs */
export const DEBOUNCE_MS = 500;

type Handler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

/** the edits the check's change handler saw; it keeps pushing after the check, for the live re-check */
export class ChangeFeed {
  readonly items: Change[] = [];
  onPush: (() => void) | null = null;
  push(c: Change): void {
    this.items.push(c);
    this.onPush?.();
  }
  take(): Change[] {
    return this.items.splice(0);
  }
}

/** what a check leaves for the live re-check: the sheet as read, the marks' ledger, the handler */
export interface LiveBasis {
  request: CheckRequest;
  sheet: string;
  sheetKey: string;
  input: SheetInput;
  /** the workbook's other sheets as read for their code tables at the full check */
  lookups: SheetInput[];
  columnIndex: number;
  columnCount: number;
  report: Report;
  mode: AnnotationMode;
  withComments: boolean;
  mine: LedgerEntry[];
  others: LedgerEntry[];
  ledgerExists: boolean;
  feed: ChangeFeed;
  handler: Handler;
  /** the check's request context, where the handler was added (and must be removed) */
  context: Excel.RequestContext;
}

export interface LiveResult {
  outcome: CheckOutcome;
  added: number;
  removed: number;
  /** rows were inserted or deleted, or whole columns changed: the caller checks the sheet again */
  structural: boolean;
}

function findingKey(f: Finding): string {
  return [f.code, f.rule, f.sheet, f.cell ?? "", f.row ?? "", f.column ?? "", f.unit ?? "", (f.rows ?? []).join(",")].join("|");
}

/** findings that are new, and findings that went, between two reports */
export function findingDelta(before: Report, after: Report): { added: number; removed: number } {
  const count = (fs: readonly Finding[]) => {
    const m = new Map<string, number>();
    for (const f of fs) m.set(findingKey(f), (m.get(findingKey(f)) ?? 0) + 1);
    return m;
  };
  const a = count(before.findings);
  const b = count(after.findings);
  let added = 0;
  let removed = 0;
  for (const [k, n] of b) added += Math.max(0, n - (a.get(k) ?? 0));
  for (const [k, n] of a) removed += Math.max(0, n - (b.get(k) ?? 0));
  return { added, removed };
}

/** one edit batch: re-read its rows, run the engine, update the marks; `basis` moves on to the new state */
export async function recheckEdits(context: Excel.RequestContext, basis: LiveBasis, changes: readonly Change[], engine: EngineRunner, legacy: boolean): Promise<LiveResult> {
  const spans = changedRows(changes);
  const before = basis.report;
  const outcome = (report: Report, marked: number, annotated: number): CheckOutcome => ({ report, marked, annotated, annotationMode: basis.mode, notices: [] });
  if (isStructural(changes) || !spans) return { outcome: outcome(before, 0, 0), added: 0, removed: 0, structural: true };

  // request 1: the changed rows as they are now (and the sheet's comments, where they are used)
  const ws = context.workbook.worksheets.getItem(basis.sheet);
  const again = queueReread(ws, basis.input, basis.columnIndex, basis.columnCount, spans);
  const commentList = basis.withComments ? queueCommentList(ws) : null;
  await context.sync();
  again.apply();
  const { request: req } = basis;
  const job = req.layout ? { ...basis.input, layout: req.layout } : basis.input;
  // the same code tables and candidates as the full check, so that its lookups and hint stay while the user edits
  const report = await engine.run({
    campaign: req.campaign,
    jobs: [job],
    lang: req.lang,
    legacy,
    ...(basis.lookups.length ? { lookups: basis.lookups } : {}),
    ...(req.candidates ? { candidates: req.candidates } : {}),
  });

  // requests 2 and 3: the cells' formats now, then every write in one request
  const res = await applyMarks({
    context,
    sheet: basis.sheet,
    sheetKey: basis.sheetKey,
    stampKey: false,
    planned: planMarks(report, basis.sheet),
    lang: req.lang,
    mode: basis.mode,
    commentList,
    ledgerExists: basis.ledgerExists,
    mine: basis.mine,
    others: basis.others,
    oneRequest: true,
  });
  basis.report = report;
  if (res) {
    basis.mine = res.entries;
    basis.ledgerExists = res.ledgerExists;
  }
  const out = outcome(report, res?.marked ?? 0, res?.annotated ?? 0);
  if (res?.annotationError) out.notices.push({ kind: "annotations-failed", detail: res.annotationError, cells: res.unannotated.length });
  return { outcome: out, ...findingDelta(before, report), structural: false };
}
