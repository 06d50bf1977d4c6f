// marks in place: fills by severity through getRanges, the message as a note or comment, and the
// ledger of each cell's own fill and note, in three requests whatever the number of findings
import type { Lang } from "../../engine/index.js";
import { parseCellRef } from "../shared/address.js";
import {
  type AnnotationOp,
  type AnnotationState,
  type CommentAt,
  planAnnotation,
  runAnnotations,
  queueCommentLocations,
  noteReadOps,
  restoreAnnotation,
} from "./annotations.js";
import type { AnnotationMode } from "./capabilities.js";
import { Batcher } from "./batch.js";
import { fillOps, fillReadOps, fillRestoreOps, isMarkFill } from "./fill.js";
import { type FillSnapshot, type LedgerEntry, ledgerWriteOps } from "./ledger.js";
import { queueKeyWrite } from "./sheetKey.js";
import { MARK_FILL, type PlannedMark } from "./plan.js";
import type { CellPos } from "./runs.js";

/** notes and comments are one call per cell: past this many cells the pane and summary carry the rest */
export const MAX_ANNOTATIONS = 5_000;

export interface MarkInput {
  context: Excel.RequestContext;
  sheet: string;
  /** the sheet's own key ("" without ExcelApi 1.12); `stampKey` writes it on the sheet with the marks */
  sheetKey: string;
  stampKey: boolean;
  planned: Map<string, PlannedMark>;
  lang: Lang;
  mode: AnnotationMode;
  /** the sheet's threaded comments, loaded in an earlier sync (when the host has comments) */
  commentList: Excel.CommentCollection | null;
  ledgerExists: boolean;
  /** the ledger's entries for this sheet, and all the others (kept as they are, matched or not) */
  mine: LedgerEntry[];
  others: LedgerEntry[];
  /** queued first in the write request (e.g. removing the change handler) */
  beforeWrite?: () => void;
  /** asked once the cells were read: false (the sheet was edited meanwhile) stops before any write */
  stillValid?: () => boolean;
  /** notes and comments in the same request as the marks (the live re-check's budget), none re-sent */
  oneRequest?: boolean;
}

export interface MarkResult {
  marked: number;
  annotated: number;
  /** marked cells left without a note because of MAX_ANNOTATIONS */
  capped: number;
  restored: number;
  formatOps: number;
  /** cells the host refused a note or comment for (e.g. a legacy note where a comment was to go) */
  unannotated: string[];
  annotationError: string | null;
  /** this sheet's ledger entries now, and whether the ledger sheet exists after the write */
  entries: LedgerEntry[];
  ledgerExists: boolean;
}

/** what a cell's note or comment says now, to leave alone one that already says what it should */
function currentText(state: AnnotationState, cell: string): string | null {
  const c = state.comments.get(cell);
  if (c) return c.comment.content;
  const n = state.notes.get(cell);
  return n && !n.isNullObject ? n.content : null;
}

function pos(cell: string): CellPos[] {
  const p = parseCellRef(cell);
  return p ? [p] : [];
}

/** null when `stillValid` said the sheet changed before anything was written */
export async function applyMarks(m: MarkInput): Promise<MarkResult | null> {
  const { context, planned } = m;
  const ws = context.workbook.worksheets.getItem(m.sheet);
  const { mine, others } = m;
  const prior = new Map(mine.map((e) => [e.cell, e]));
  const stale = mine.filter((e) => !planned.has(e.cell));
  const ordered = [...planned.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const withNote = new Set(ordered.slice(0, MAX_ANNOTATIONS).map((p) => p.cell));

  // request A: current fills, notes and comment locations of every cell we may touch (in as many
  // requests as the answers' size needs)
  const batch = new Batcher(context);
  const touched = [...ordered.map((p) => ({ row: p.row, col: p.col })), ...stale.flatMap((e) => pos(e.cell))];
  const current = new Map<string, FillSnapshot>();
  await batch.addAll(fillReadOps(ws, touched, current));
  // notes of the cells that get one, and of those whose note of ours goes
  const noteCells = new Set(m.mode === "note" ? [...withNote, ...mine.filter((e) => e.annotation === "note").map((e) => e.cell)] : []);
  const notes = new Map<string, Excel.Note>();
  await batch.addAll(noteReadOps(ws, noteCells, notes));
  const located = m.commentList ? queueCommentLocations(m.commentList) : null;
  await batch.flush(true);
  await new Promise<void>((r) => setTimeout(r, 0)); // let change events that came meanwhile arrive
  if (m.stillValid && !m.stillValid()) return null;
  const comments: Map<string, CommentAt> = located ? located.read() : new Map();
  const state: AnnotationState = { mode: m.mode, notes, comments };

  // decide every cell before writing anything
  const entries: LedgerEntry[] = [];
  const annotate: AnnotationOp[] = [];
  const undo: (() => void)[] = [];
  const bySeverity = new Map<string, string[]>();
  for (const p of ordered) {
    const before = prior.get(p.cell);
    let annotation: LedgerEntry["annotation"] = "none";
    let original: string | null = null;
    if (withNote.has(p.cell)) {
      const plan = planAnnotation(ws, state, p.cell, p.messages, m.lang, before);
      annotation = plan.annotation;
      original = plan.original;
      if (plan.op && currentText(state, p.cell) !== plan.op.text) annotate.push(plan.op);
    } else if (before) {
      const back = restoreAnnotation(state, before);
      if (back) undo.push(back);
    }
    const fill = before ? before.fill : current.get(p.cell) ?? { color: "#FFFFFF", pattern: "None" };
    entries.push({ sheetKey: m.sheetKey, sheet: m.sheet, cell: p.cell, fill, note: original, annotation, severity: p.severity });
    if (before && isMarkFill(current.get(p.cell), p.severity)) continue; // already marked so
    const list = bySeverity.get(p.severity);
    if (list) list.push(p.cell);
    else bySeverity.set(p.severity, [p.cell]);
  }
  const backToOwn = stale.filter((e) => isMarkFill(current.get(e.cell), e.severity));
  for (const e of stale) {
    const back = restoreAnnotation(state, e);
    if (back) undo.push(back);
  }

  // request B: cells no longer flagged go back first, then the ledger (before any new mark, so a
  // failure never loses an original), then the fills by severity; more requests only past the payload budget
  m.beforeWrite?.();
  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  if (m.stampKey && m.sheetKey) queueKeyWrite(ws, m.sheetKey);
  const restores = fillRestoreOps(ws, backToOwn);
  for (const run of undo) run();
  const all = [...others, ...entries];
  const ledgerOps = ledgerWriteOps(context, m.ledgerExists, all);
  const markOps = [...bySeverity].flatMap(([severity, cells]) => fillOps(ws, cells, MARK_FILL[severity as keyof typeof MARK_FILL]));
  await batch.addAll([...restores, ...ledgerOps, ...markOps]);
  const formatOps = restores.length + markOps.length + (all.length > 0 ? 1 : 0); // + the ledger's text format
  const done = (run: { done: number; skipped: string[]; error: string | null }): MarkResult => ({
    marked: ordered.length,
    // cells that carry the message now: those written this time and those that already said it
    annotated: entries.filter((e) => e.annotation !== "none").length - run.skipped.length,
    unannotated: run.skipped,
    annotationError: run.error,
    capped: Math.max(0, ordered.length - MAX_ANNOTATIONS),
    restored: stale.length,
    formatOps,
    entries,
    ledgerExists: all.length > 0,
  });
  if (m.oneRequest) {
    // last in the request: a refused note leaves the marks and the ledger queued before it done
    await batch.addAll(annotate.map((op) => ({ bytes: op.text.length + 100, queue: op.apply })));
    try {
      await batch.flush(true);
      return done({ done: annotate.length, skipped: [], error: null });
    } catch (e) {
      return done({ done: 0, skipped: annotate.map((o) => o.cell), error: e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e) });
    }
  }
  await batch.flush(true);

  // request C: notes and comments, apart, so that a host refusing one leaves the marks and ledger whole
  return done(annotate.length > 0 ? await runAnnotations(context, ws, annotate) : { done: 0, skipped: [], error: null });
}
