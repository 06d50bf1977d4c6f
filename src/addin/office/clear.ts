// "Xóa đánh dấu": every marked cell gets its own fill and note back, from the ledger, on every sheet
import type { ClearOutcome } from "../port.js";
import { type AnnotationState, type CommentAt, noteReadOps, queueCommentList, queueCommentLocations, restoreAnnotation } from "./annotations.js";
import { Batcher } from "./batch.js";
import type { Capabilities } from "./capabilities.js";
import { fillReadOps, fillRestoreOps, isMarkFill } from "./fill.js";
import { decodeLedger, type FillSnapshot, LEDGER_SHEET, type LedgerEntry, ledgerWriteOps, queueLedgerRead, readLedgerRest } from "./ledger.js";
import { parseCellRef } from "../shared/address.js";
import { keyOf, ownerOf, queueKeyRead, type SheetRef } from "./sheetKey.js";

export interface ClearResult extends ClearOutcome {
  formatOps: number;
}

interface SheetJob {
  ws: Excel.Worksheet;
  name: string;
  entries: LedgerEntry[];
  fills?: Map<string, FillSnapshot>;
  notes?: Map<string, Excel.Note>;
  commentList?: Excel.CommentCollection;
  located?: ReturnType<typeof queueCommentLocations>;
}

export async function clearMarks(context: Excel.RequestContext, caps: Capabilities): Promise<ClearResult> {
  const ledgerSheet = context.workbook.worksheets.getItemOrNullObject(LEDGER_SHEET);
  ledgerSheet.load("name");
  const all = context.workbook.worksheets;
  all.load("items/name");
  await context.sync();
  if (ledgerSheet.isNullObject) return { restored: 0, skippedSheets: [], formatOps: 0 };

  const head = queueLedgerRead(context);
  const sheets = all.items.filter((s) => s.name !== LEDGER_SHEET);
  const keys = sheets.map((s) => (caps.sheetKeys ? queueKeyRead(s) : null));
  for (const s of sheets) s.protection.load("protected");
  await context.sync();
  const entries = decodeLedger(await readLedgerRest(context, head));
  const refs: SheetRef[] = sheets.map((s, i) => ({ name: s.name, key: keyOf(keys[i]) }));

  const jobs: SheetJob[] = [];
  // an entry whose sheet is not found (renamed on a host without sheet keys, say) is kept for later, never dropped
  const byOwner = new Map<SheetRef | null, LedgerEntry[]>();
  for (const e of entries) {
    const owner = ownerOf(e, refs);
    const list = byOwner.get(owner);
    if (list) list.push(e);
    else byOwner.set(owner, [e]);
  }
  const kept: LedgerEntry[] = [...(byOwner.get(null) ?? [])];
  const skipped = new Set<string>();
  sheets.forEach((s, i) => {
    const mine = byOwner.get(refs[i]!) ?? [];
    if (mine.length === 0) return;
    if (s.protection.protected) {
      skipped.add(s.name);
      kept.push(...mine);
      return;
    }
    jobs.push({ ws: s, name: s.name, entries: mine });
  });

  // what the cells look like now (a fill the user changed since is theirs and stays)
  const batch = new Batcher(context);
  for (const j of jobs) {
    j.fills = new Map();
    await batch.addAll(fillReadOps(j.ws, j.entries.flatMap((e) => { const p = parseCellRef(e.cell); return p ? [p] : []; }), j.fills));
    if (caps.notes) {
      j.notes = new Map();
      await batch.addAll(noteReadOps(j.ws, j.entries.filter((e) => e.annotation === "note").map((e) => e.cell), j.notes));
    }
    if (caps.comments && j.entries.some((e) => e.annotation === "comment")) j.commentList = queueCommentList(j.ws);
  }
  await batch.flush(true);
  if (jobs.some((j) => j.commentList)) {
    for (const j of jobs) if (j.commentList) j.located = queueCommentLocations(j.commentList);
    await context.sync();
  }

  context.workbook.application.suspendScreenUpdatingUntilNextSync();
  let formatOps = 0;
  let restored = 0;
  for (const j of jobs) {
    const now = j.fills ?? new Map<string, FillSnapshot>();
    const restores = fillRestoreOps(j.ws, j.entries.filter((e) => isMarkFill(now.get(e.cell), e.severity)));
    formatOps += restores.length;
    await batch.addAll(restores);
    const comments: Map<string, CommentAt> = j.located ? j.located.read() : new Map();
    const state: AnnotationState = { mode: caps.notes ? "note" : caps.comments ? "comment" : "none", notes: j.notes ?? new Map(), comments };
    for (const e of j.entries) {
      const back = restoreAnnotation(state, e);
      if (back) await batch.add({ bytes: (e.note?.length ?? 0) + 100, queue: back });
    }
    restored += j.entries.length;
  }
  await batch.addAll(ledgerWriteOps(context, true, kept));
  await batch.flush(true);
  return { restored, skippedSheets: [...skipped], formatOps };
}
