// "Xóa đánh dấu": every marked cell gets its own fill and note back, from the ledger, on every sheet
import type { ClearOutcome } from "../port.js";
import { type AnnotationState, type CommentAt, queueCommentList, queueCommentLocations, queueNoteReads, restoreAnnotation } from "./annotations.js";
import type { Capabilities } from "./capabilities.js";
import { isMarkFill, queueFillRead, queueFillRestore } from "./fill.js";
import { decodeLedger, LEDGER_SHEET, type LedgerEntry, queueLedgerWrite } from "./ledger.js";
import { parseCellRef } from "./address.js";

export interface ClearResult extends ClearOutcome {
  formatOps: number;
}

interface SheetJob {
  ws: Excel.Worksheet;
  name: string;
  entries: LedgerEntry[];
  fills?: ReturnType<typeof queueFillRead>;
  notes?: Map<string, Excel.Note>;
  commentList?: Excel.CommentCollection;
  located?: ReturnType<typeof queueCommentLocations>;
}

export async function clearMarks(context: Excel.RequestContext, caps: Capabilities): Promise<ClearResult> {
  const ledgerSheet = context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledgerSheet.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/id,items/name");
  await context.sync();
  if (ledgerSheet.isNullObject) return { restored: 0, skippedSheets: [], formatOps: 0 };

  const used = context.workbook.worksheets.getItem(LEDGER_SHEET).getUsedRange(true);
  used.load("values");
  for (const s of sheets.items) s.protection.load("protected");
  await context.sync();
  const entries = decodeLedger(used.values);

  const jobs: SheetJob[] = [];
  const kept: LedgerEntry[] = [];
  const skipped = new Set<string>();
  for (const s of sheets.items) {
    if (s.name === LEDGER_SHEET) continue;
    const mine = entries.filter((e) => (e.sheetId ? e.sheetId === s.id : e.sheet === s.name));
    if (mine.length === 0) continue;
    if (s.protection.protected) {
      skipped.add(s.name);
      kept.push(...mine);
      continue;
    }
    jobs.push({ ws: s, name: s.name, entries: mine });
  }

  // what the cells look like now (a fill the user changed since is theirs and stays)
  for (const j of jobs) {
    j.fills = queueFillRead(j.ws, j.entries.flatMap((e) => { const p = parseCellRef(e.cell); return p ? [p] : []; }));
    if (caps.notes) j.notes = queueNoteReads(j.ws, j.entries.filter((e) => e.annotation === "note").map((e) => e.cell));
    if (caps.comments && j.entries.some((e) => e.annotation === "comment")) j.commentList = queueCommentList(j.ws);
  }
  await context.sync();
  if (jobs.some((j) => j.commentList)) {
    for (const j of jobs) if (j.commentList) j.located = queueCommentLocations(j.commentList);
    await context.sync();
  }

  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  let formatOps = 0;
  let restored = 0;
  for (const j of jobs) {
    const now = j.fills?.read() ?? new Map();
    formatOps += queueFillRestore(j.ws, j.entries.filter((e) => isMarkFill(now.get(e.cell), e.severity)));
    const comments: Map<string, CommentAt> = j.located ? j.located.read() : new Map();
    const state: AnnotationState = { mode: caps.notes ? "note" : caps.comments ? "comment" : "none", notes: j.notes ?? new Map(), comments };
    for (const e of j.entries) restoreAnnotation(state, e)?.();
    restored += j.entries.length;
  }
  queueLedgerWrite(context, true, kept);
  await context.sync();
  return { restored, skippedSheets: [...skipped], formatOps };
}
