// the message as a note (ExcelApi 1.18) or a threaded comment (1.10), and putting notes back
import type { Lang } from "../../engine/index.js";
import type { AnnotationMode } from "./capabilities.js";
import type { Annotation, LedgerEntry } from "./ledger.js";
import { annotationText, noteText } from "./plan.js";
import { stripSheet } from "./address.js";

const HEADINGS = ["Kiểm tra thi đua:", "Nomination check:"];

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

export interface AnnotationState {
  mode: AnnotationMode;
  notes: Map<string, Excel.Note>;
  comments: Map<string, CommentAt>;
}

export interface AnnotationPlan {
  annotation: Annotation;
  /** the cell's own note to keep in the ledger */
  original: string | null;
  apply: (() => void) | null;
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
    return { annotation: "comment", original: null, apply: () => void (comment.comment.content = text) };
  }
  if (comment) return { annotation: "none", original: null, apply: null }; // a user's comment: leave it alone
  if (state.mode === "note") {
    const note = state.notes.get(cell);
    const exists = !!note && !note.isNullObject;
    const original = prior?.annotation === "note" ? prior.note : exists ? note.content : null;
    const text = noteText(original, messages, lang);
    const apply = exists ? () => void (note.content = text) : () => void ws.notes.add(cell, text);
    return { annotation: "note", original, apply };
  }
  if (state.mode === "comment") {
    const text = annotationText(messages, lang);
    return { annotation: "comment", original: null, apply: () => void ws.comments.add(cell, text) };
  }
  return { annotation: "none", original: null, apply: null };
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
