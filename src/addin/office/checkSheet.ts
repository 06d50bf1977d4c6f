// one check of one sheet: read it in chunks, run the engine once, mark the findings in place
import type { Report, SheetJob } from "../../engine/index.js";
import type { CheckOutcome, CheckProgress, CheckRequest, Notice } from "../port.js";
import { queueCommentList } from "./annotations.js";
import { annotationMode, type Capabilities } from "./capabilities.js";
import { type Change, changedRows, isStructural, queueReread } from "./changes.js";
import { AddinError } from "../shared/errors.js";
import { decodeLedger, LEDGER_SHEET, type LedgerEntry, ledgerFound, type LedgerRead, probeLedger, queueLedgerRead, readLedgerRest } from "./ledger.js";
import { applyMarks, MAX_ANNOTATIONS } from "./marks.js";
import { planMarks } from "./plan.js";
import { ChangeFeed, type LiveBasis } from "./live.js";
import { readSheet } from "./read.js";
import { notLookups, queueLookupSizes, readLookupSheets, type SizedSheet } from "./lookupSheets.js";
import { keyOf, needsNewKey, newSheetKey, ownerOf, queueKeyRead, type SheetRef } from "./sheetKey.js";
import type { EngineRunner } from "../worker/runner.js";

export interface CheckDeps {
  caps: Capabilities;
  /** runs the engine (in a Web Worker where there is one); it decodes TCVN3 text when asked to */
  engine: EngineRunner;
  legacy?: boolean;
  /** keep the change handler after the check and hand the sheet to the live re-check */
  watch?: boolean;
}

export interface CheckResult extends CheckOutcome {
  formatOps: number;
  /** for the live re-check, when the sheet was marked (or could have been) and `watch` was asked */
  basis?: LiveBasis;
}

type Handler = OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>;

const yieldToEvents = () => new Promise<void>((r) => setTimeout(r, 0));

/** re-reads allowed for edits made while a check runs, before giving up with "sheet-changed" */
const MAX_REREADS = 3;

/** what the engine could not do with the sheet, said once */
function noHeader(report: Report, sheet: string, notices: Notice[]): void {
  if (notices.some((n) => n.kind === "no-header" || n.kind === "not-a-list" || n.kind === "empty-sheet" || n.kind === "partial")) return;
  const problem = report.problems.find((p) => p.sheet === sheet);
  if (problem?.reason === "no-header") notices.push({ kind: "no-header", sheet, lookedFor: problem.lookedFor });
  if (problem?.reason === "not-a-list") notices.push({ kind: "not-a-list", sheet });
  if (problem?.reason === "empty") notices.push({ kind: "empty-sheet", sheet });
  if (report.partial) notices.push({ kind: "partial", findings: report.findings.length });
}

export async function checkSheet(
  context: Excel.RequestContext,
  req: CheckRequest,
  deps: CheckDeps,
  onProgress?: (p: CheckProgress) => void,
  signal?: AbortSignal,
): Promise<CheckResult> {
  if (!deps.caps.base) throw new AddinError("api-missing", "ExcelApi 1.9");
  const mode = annotationMode(deps.caps);
  const feed = new ChangeFeed();
  const changes: Change[] = feed.items;
  // loads that ride with the read's requests; each is read only after the request that carries it
  const extra: {
    probe: Excel.Worksheet | null;
    ledger: LedgerRead | null;
    comments: Excel.CommentCollection | null;
    sheets: Excel.WorksheetCollection | null;
    myKey: Excel.WorksheetCustomProperty | null;
    keys: Map<string, Excel.WorksheetCustomProperty>;
    /** the other sheets' sizes, for their code tables */
    sized: SizedSheet[];
  } = { probe: null, ledger: null, comments: null, sheets: null, myKey: null, keys: new Map(), sized: [] };
  const events: { handler: Handler | null } = { handler: null };
  const removeHandler = () => void events.handler?.remove();
  /** leaves without marking: the change handler goes, then the error is thrown */
  const leave = async (error: AddinError): Promise<never> => {
    removeHandler();
    await context.sync();
    throw error;
  };
  /** a stop (the user, a newer check, the pane closing) is honoured until marking starts, never during it */
  const stopIfAsked = async () => {
    if (signal?.aborted) await leave(new AddinError("cancelled"));
  };

  const read = await readSheet(context, req.sheet, {
    stopped: () => signal?.aborted === true,
    alsoInFirstSync: () => {
      const ws = context.workbook.worksheets.getItem(req.sheet);
      extra.probe = probeLedger(context);
      extra.sheets = context.workbook.worksheets.load("items/name");
      if (deps.caps.sheetKeys) extra.myKey = queueKeyRead(ws);
      extra.comments = deps.caps.comments ? queueCommentList(ws) : null;
      // a retried first request queues the handler again; the one of the refused request goes
      events.handler?.remove();
      events.handler = ws.onChanged.add(async (ev) => {
        feed.push({ address: ev.address, changeType: ev.changeType });
      });
    },
    afterFirstSync: () => {
      // the other sheets may hold the code tables the list's codes are read through (not the add-in's own sheets)
      extra.sized = queueLookupSizes(extra.sheets?.items ?? [], notLookups(req.sheet));
      if (!ledgerFound(extra.probe)) return;
      extra.ledger = queueLedgerRead(context);
      // the other sheets' keys, to tell which ledger entries are this sheet's (and whether it is a copy)
      if (deps.caps.sheetKeys) for (const s of extra.sheets?.items ?? []) if (s.name !== LEDGER_SHEET) extra.keys.set(s.name, queueKeyRead(s));
    },
    merges: deps.caps.merges,
    ...(req.layout?.headerRow ? { headerRow: req.layout.headerRow } : {}),
    onProgress: (done, total) => onProgress?.({ phase: "reading", done, total }),
  }).catch((e: unknown) => (e instanceof AddinError && e.kind === "cancelled" ? leave(e) : Promise.reject(e)));
  const ledgerExists = ledgerFound(extra.probe);
  if ((extra.ledger || extra.sized.length > 0) && read.laterSyncs === 0) await context.sync();
  const ledger = extra.ledger ? decodeLedger(await readLedgerRest(context, extra.ledger)) : [];
  const me: SheetRef = { name: read.input.name, key: keyOf(extra.myKey) };
  const sheetRefs: SheetRef[] = (extra.sheets?.items ?? [])
    .filter((s) => s.name !== LEDGER_SHEET)
    .map((s) => (s.name === me.name ? me : { name: s.name, key: keyOf(extra.keys.get(s.name)) }));
  if (!sheetRefs.includes(me)) sheetRefs.push(me);
  const mine = ledger.filter((e) => ownerOf(e, sheetRefs) === me);
  const others = ledger.filter((e) => ownerOf(e, sheetRefs) !== me);
  const stampKey = deps.caps.sheetKeys && needsNewKey(me, sheetRefs);
  const sheetKey = !deps.caps.sheetKeys ? "" : stampKey ? newSheetKey() : me.key ?? "";
  const commentList = extra.comments;
  await stopIfAsked();

  const job: SheetJob = req.layout ? { ...read.input, layout: req.layout } : read.input;
  // the yearly round's history: other sheets the user picked, read whole (values only, no marks on them)
  const history: SheetJob[] = [];
  for (const name of req.history ?? []) {
    if (name === req.sheet) continue;
    const h = await readSheet(context, name, { stopped: () => signal?.aborted === true, merges: deps.caps.merges }).catch((e: unknown) =>
      e instanceof AddinError && e.kind === "cancelled" ? leave(e) : Promise.reject(e),
    );
    history.push(h.input);
  }
  const lookups = extra.sized.length > 0 ? await readLookupSheets(context, extra.sized) : [];
  await stopIfAsked();
  const runEngine = async (): Promise<Report> => {
    try {
      return await deps.engine.run(
        {
          campaign: req.campaign,
          jobs: [job],
          lang: req.lang,
          legacy: deps.legacy ?? false,
          ...(req.history ? { history } : {}),
          ...(lookups.length ? { lookups } : {}),
          ...(req.candidates ? { candidates: req.candidates } : {}),
        },
        (done, total) => onProgress?.({ phase: "checking", done, total }),
        signal,
      );
    } catch (e) {
      return leave(e instanceof AddinError ? e : new AddinError("engine-failed", e instanceof Error ? e.message : String(e)));
    }
  };
  let report: Report = await runEngine();

  const notices: Notice[] = [];
  const ws = context.workbook.worksheets.getItem(req.sheet);
  let rounds = 0;
  /** edits that arrived since the last look: read their rows again and re-run the engine */
  const absorb = async (): Promise<void> => {
    await yieldToEvents();
    while (changes.length > 0) {
      const batch = changes.splice(0);
      const spans = changedRows(batch);
      if (isStructural(batch) || !spans || ++rounds > MAX_REREADS) return leave(new AddinError("sheet-changed"));
      await stopIfAsked();
      const again = queueReread(ws, read.input, read.columnIndex, read.columnCount, spans);
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- only when the user edits during the check, at most MAX_REREADS times
      await context.sync();
      again.apply();
      report = await runEngine();
      notices.push({ kind: "edited-during-check", cells: again.cells });
      await yieldToEvents();
    }
  };
  await absorb();
  await stopIfAsked();

  const base = () => ({ report, annotationMode: mode, notices });
  let planned = planMarks(report, read.input.name);
  const hadMarks = mine.length > 0;
  let res: Awaited<ReturnType<typeof applyMarks>> = null;
  // applyMarks returns null, having written nothing, when the sheet was edited while it read formats
  while (!read.protected && (planned.size > 0 || hadMarks) && !res) {
    onProgress?.({ phase: "marking", done: 0, total: planned.size });
    res = await applyMarks({
      context,
      sheet: read.input.name,
      sheetKey,
      stampKey,
      planned,
      lang: req.lang,
      mode,
      commentList,
      ledgerExists,
      mine,
      others,
      ...(deps.watch ? {} : { beforeWrite: removeHandler }),
      stillValid: () => changes.length === 0,
    });
    if (!res) {
      await absorb();
      planned = planMarks(report, read.input.name);
    }
  }
  const basisOf = (entries: LedgerEntry[], exists: boolean): LiveBasis => ({
    request: req,
    sheet: read.input.name,
    sheetKey,
    input: read.input,
    lookups,
    columnIndex: read.columnIndex,
    columnCount: read.columnCount,
    report,
    mode,
    withComments: commentList !== null,
    mine: entries,
    others,
    ledgerExists: exists,
    feed,
    handler: events.handler!,
    context,
  });
  if (!res) {
    if (read.protected && planned.size > 0) notices.push({ kind: "protected-no-marks", sheet: read.input.name });
    noHeader(report, read.input.name, notices);
    const clean = { ...base(), marked: 0, annotated: 0, formatOps: 0 };
    // a clean sheet is watched too: an edit may bring a finding
    if (deps.watch && !read.protected && events.handler) return { ...clean, basis: basisOf([], ledgerExists) };
    removeHandler();
    await context.sync();
    return clean;
  }
  noHeader(report, read.input.name, notices);
  if (mode === "none") notices.push({ kind: "annotations-missing" });
  if (res.capped > 0) notices.push({ kind: "annotations-capped", annotated: MAX_ANNOTATIONS, cells: res.marked });
  if (res.annotationError) notices.push({ kind: "annotations-failed", detail: res.annotationError, cells: res.unannotated.length });
  onProgress?.({ phase: "marking", done: planned.size, total: planned.size });
  const out: CheckResult = { ...base(), marked: res.marked, annotated: res.annotated, formatOps: res.formatOps };
  if (deps.watch && events.handler) out.basis = basisOf(res.entries, res.ledgerExists);
  return out;
}
