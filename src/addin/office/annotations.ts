// the message as a note (ExcelApi 1.18) or a threaded comment (1.10), and putting notes back
import type { Lang } from "../../engine/index.js";
import type { AnnotationMode } from "./capabilities.js";
import type { Annotation, LedgerEntry } from "./ledger.js";
import { annotationText, noteText } from "./plan.js";
import { MARK_HEADINGS } from "../../engine/report/marks.js";
import { stripSheet } from "../shared/address.js";
import { type BatchOp, PAYLOAD_BUDGET } from "./batch.js";

const HEADINGS = MARK_HEADINGS;

/** the add-in's own comments are known by their first line, so no id has to be stored */
export function isOurText(text: string | undefined | null): boolean {
  return !!text && HEADINGS.some((h) => text.startsWith(h));
}

export interface CommentAt {
  comment: Excel.Comment;
  ours: boolean;
}

/** sync 1: the sheet's threaded comments (only when the host has them) */
export function queueCommentList(ws: Excel.Worksheet): Excel.CommentCollection {
  const list = ws.comments;
  list.load("items/content");
  return list;
}

/** the next sync: where each comment is; read with `read()` after it */
export function queueCommentLocations(list: Excel.CommentCollection): { read(): Map<string, CommentAt> } {
  const located = list.items.map((comment) => {
    const where = comment.getLocation();
    where.load("address");
    return { comment, where };
  });
  return {
    read() {
      const out = new Map<string, CommentAt>();
      for (const { comment, where } of located) {
        out.set(stripSheet(where.address).replace(/\$/g, ""), { comment, ours: isOurText(comment.content) });
      }
      return out;
    },
  };
}

export function queueNoteReads(ws: Excel.Worksheet, cells: Iterable<string>): Map<string, Excel.Note> {
  const out = new Map<string, Excel.Note>();
  for (const cell of cells) {
    const note = ws.notes.getItemOrNullObject(cell);
    note.load("content");
    out.set(cell, note);
  }
  return out;
}

/** the same reads as batch calls (about 100 bytes of answer each), into `into` */
export function noteReadOps(ws: Excel.Worksheet, cells: Iterable<string>, into: Map<string, Excel.Note>): BatchOp[] {
  return [...cells].map((cell) => ({
    bytes: 100,
    queue: () => {
      const note = ws.notes.getItemOrNullObject(cell);
      note.load("content");
      into.set(cell, note);
    },
  }));
}

export interface AnnotationState {
  mode: AnnotationMode;
  notes: Map<string, Excel.Note>;
  comments: Map<string, CommentAt>;
}

/** one queued note or comment write, and the text the cell carries once it ran */
export interface AnnotationOp {
  cell: string;
  kind: "note" | "comment";
  text: string;
  apply: () => void;
}

export interface AnnotationPlan {
  annotation: Annotation;
  /** the cell's own note to keep in the ledger */
  original: string | null;
  op: AnnotationOp | null;
}

/** how one marked cell gets its message; decided after the read sync, applied in the write sync */
export function planAnnotation(
  ws: Excel.Worksheet,
  state: AnnotationState,
  cell: string,
  messages: readonly string[],
  lang: Lang,
  prior: LedgerEntry | undefined,
): AnnotationPlan {
  const comment = state.comments.get(cell);
  if (comment?.ours) {
    const text = annotationText(messages, lang);
    return { annotation: "comment", original: null, op: { cell, kind: "comment", text, apply: () => void (comment.comment.content = text) } };
  }
  if (comment) return { annotation: "none", original: null, op: null }; // a user's comment: leave it alone
  if (state.mode === "note") {
    const note = state.notes.get(cell);
    const exists = !!note && !note.isNullObject;
    const original = prior?.annotation === "note" ? prior.note : exists ? note.content : null;
    const text = noteText(original, messages, lang);
    const apply = exists ? () => void (note.content = text) : () => void ws.notes.add(cell, text);
    return { annotation: "note", original, op: { cell, kind: "note", text, apply } };
  }
  if (state.mode === "comment") {
    // a Range, not the cell's address: a string must be the full address with the sheet's name (CommentCollection.add)
    const text = annotationText(messages, lang);
    return { annotation: "comment", original: null, op: { cell, kind: "comment", text, apply: () => void ws.comments.add(ws.getRange(cell), text) } };
  }
  return { annotation: "none", original: null, op: null };
}

/** undoes the add-in's annotation on a cell: its own note text back, or its comment removed */
export function restoreAnnotation(state: AnnotationState, entry: LedgerEntry): (() => void) | null {
  if (entry.annotation === "note") {
    const note = state.notes.get(entry.cell);
    if (!note || note.isNullObject) return null;
    return entry.note !== null ? () => void (note.content = entry.note ?? "") : () => note.delete();
  }
  if (entry.annotation === "comment") {
    const c = state.comments.get(entry.cell);
    return c?.ours ? () => c.comment.delete() : null;
  }
  return null;
}

/** a host refusing one write (a cell with a legacy note cannot take a comment) is looked past this often per chunk */
export const MAX_RESUMES = 3;
/** notes and comments per request: a chunk whose refusals pass MAX_RESUMES costs that chunk only */
export const ANNOTATION_CHUNK = 2_000;

export interface AnnotationRun {
  done: number;
  skipped: string[];
  error: string | null;
}

/** what each cell carries now, read back after a refused request */
async function readBack(context: Excel.RequestContext, ws: Excel.Worksheet, ops: readonly AnnotationOp[]): Promise<Map<string, string>> {
  const notes = queueNoteReads(ws, ops.filter((o) => o.kind === "note").map((o) => o.cell));
  const list = ops.some((o) => o.kind === "comment") ? queueCommentList(ws) : null;
  await context.sync();
  const out = new Map<string, string>();
  for (const [cell, note] of notes) if (!note.isNullObject) out.set(cell, note.content);
  if (list) {
    const located = queueCommentLocations(list);
    await context.sync();
    for (const [cell, at] of located.read()) out.set(cell, at.comment.content);
  }
  return out;
}

/** the notes and comments in chunks (by count and by payload), each on its own */
export async function runAnnotations(context: Excel.RequestContext, ws: Excel.Worksheet, ops: readonly AnnotationOp[], chunk = ANNOTATION_CHUNK): Promise<AnnotationRun> {
  const skipped: string[] = [];
  let error: string | null = null;
  for (const part of chunks(ops, chunk)) {
    const r = await runChunk(context, ws, part);
    skipped.push(...r.skipped);
    error = r.error ?? error;
  }
  return { done: ops.length - skipped.length, skipped, error: skipped.length > 0 ? error : null };
}

function chunks(ops: readonly AnnotationOp[], size: number): AnnotationOp[][] {
  const out: AnnotationOp[][] = [];
  let cur: AnnotationOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    if (cur.length >= size || (cur.length > 0 && bytes + op.text.length > PAYLOAD_BUDGET)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += op.text.length + 100;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * one chunk in one request; when the host refuses one write, Excel has run the writes before it and none
 * after: read back where it stopped, skip that cell, send the rest again (MAX_RESUMES times)
 */
async function runChunk(context: Excel.RequestContext, ws: Excel.Worksheet, ops: readonly AnnotationOp[]): Promise<{ skipped: string[]; error: string | null }> {
  let rest = [...ops];
  const skipped: string[] = [];
  let error: string | null = null;
  for (let round = 0; rest.length > 0; round++) {
    for (const op of rest) op.apply();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- repeated only past a refused write, at most MAX_RESUMES times
      await context.sync();
      rest = [];
      break;
    } catch (e) {
      error = e instanceof Error ? (e.message.split("\n")[0] ?? "") : String(e);
      if (round >= MAX_RESUMES) break;
      const now = await readBack(context, ws, rest);
      const stop = rest.findIndex((op) => now.get(op.cell) !== op.text);
      if (stop < 0) {
        rest = [];
        break;
      }
      skipped.push(rest[stop]!.cell);
      rest = rest.slice(stop + 1);
    }
  }
  skipped.push(...rest.map((o) => o.cell));
  return { skipped, error };
}
