// the WorkbookPort on top of an ExcelHost: what the task pane calls, each call one Excel.run
import type { Campaign, Lang, LayoutOverride, Report, SheetInput } from "../../engine/index.js";
import type { CheckOutcome, CheckProgress, CheckRequest, ClearOutcome, HostInfo, SheetInfo, StoredCampaign, WorkbookPort } from "../port.js";
import { readLayout, readStoredCampaign, storeCampaign, storeLayout } from "./campaignStore.js";
import { detectCapabilities, missingFeatures } from "./capabilities.js";
import { checkSheet } from "./checkSheet.js";
import { clearMarks } from "./clear.js";
import { LiveSession } from "./liveSession.js";
import { loadEngine } from "../shared/engine.js";
import { AddinError, toAddinError } from "../shared/errors.js";
import type { ExcelHost } from "./host.js";
import { LEDGER_SHEET } from "./ledger.js";
import { readSheet } from "./read.js";
import { readOtherSheets } from "./lookupSheets.js";
import { SUMMARY_NAMES } from "./summaryData.js";
import { writeSummary } from "./summary.js";
import { createEngineRunner, type EngineRunner } from "../worker/runner.js";

export const HEADER_PREVIEW_ROWS = 40;

export function langOf(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

const HIDDEN = new Set([LEDGER_SHEET]);

/** every call maps failures to AddinError, so the pane shows a sentence, never a stack */
async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw toAddinError(e);
  }
}

export interface PortOptions {
  /** where the engine runs; by default a Web Worker, or the main thread where Workers are unavailable */
  engine?: EngineRunner;
}

/**
 * every batch waits while the user is typing in a cell instead of failing: "When true, ... if the user is in
 * cell edit mode then the batch request is delayed until the user exits cell edit mode" (Excel.RunOptions)
 */
export const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

export function createWorkbookPort(host: ExcelHost, opts: PortOptions = {}): WorkbookPort {
  const run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => host.run(batch, RUN_OPTIONS);
  const engine = opts.engine ?? createEngineRunner();
  const caps = detectCapabilities(host.isSetSupported);
  const info: HostInfo = { lang: langOf(host.displayLanguage), capabilities: caps, missing: missingFeatures(caps) };
  const requireBase = () => {
    if (!caps.base) throw new AddinError("api-missing", "ExcelApi 1.9");
  };
  let session: LiveSession | null = null;
  let marksSeen = false;
  return {
    hostInfo: () => info,
    marksInWorkbook: () => marksSeen,

    setLive: (on, onUpdate) =>
      session?.setLive(on, (u) => {
        if ("error" in u) return onUpdate({ kind: "failed", error: toAddinError(u.error) });
        if (u.structural) return onUpdate({ kind: "structural" });
        onUpdate({ kind: "rechecked", outcome: u.outcome, added: u.added, removed: u.removed });
      }),

    listSheets: () =>
      guarded(() =>
        run(async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/id,items/visibility");
          const active = context.workbook.worksheets.getActiveWorksheet();
          active.load("id");
          await context.sync();
          marksSeen = sheets.items.some((s) => s.name === LEDGER_SHEET);
          const visible = sheets.items.filter((s) => s.visibility === "Visible" && !HIDDEN.has(s.name));
          for (const s of visible) s.protection.load("protected");
          await context.sync();
          const summaries = new Set<string>(Object.values(SUMMARY_NAMES));
          return visible
            .filter((s) => !summaries.has(s.name))
            .map<SheetInfo>((s) => ({ name: s.name, id: s.id, protected: s.protection.protected, active: s.id === active.id }));
        }),
      ),

    readHeader: (sheet: string): Promise<SheetInput> =>
      guarded(async () => {
        requireBase();
        return run(async (context) => (await readSheet(context, sheet, { maxRows: HEADER_PREVIEW_ROWS, merges: caps.merges })).input);
      }),

    check: (req: CheckRequest, onProgress?: (p: CheckProgress) => void, signal?: AbortSignal): Promise<CheckOutcome> =>
      guarded(async () => {
        requireBase();
        await session?.stop();
        session = null;
        const { formatOps: _ops, basis, ...outcome } = await run((context) =>
          checkSheet(context, req, { caps, engine, legacy: true, watch: true }, onProgress, signal),
        );
        if (basis) session = new LiveSession(host, run, basis, engine, true);
        return outcome;
      }),

    tryCheck: (req: CheckRequest): Promise<Report> =>
      guarded(async () => {
        requireBase();
        const read = await run((context) => readSheet(context, req.sheet, { merges: caps.merges }));
        const lookups = await run((context) => readOtherSheets(context, req.sheet));
        const job = req.layout ? { ...read.input, layout: req.layout } : read.input;
        return engine.run({ campaign: req.campaign, jobs: [job], lang: req.lang, legacy: true, ...(lookups.length ? { lookups } : {}) });
      }),

    readHeaderAndTables: (sheet: string): Promise<{ header: SheetInput; others: SheetInput[] }> =>
      guarded(async () => {
        requireBase();
        return run(async (context) => {
          const header = (await readSheet(context, sheet, { maxRows: HEADER_PREVIEW_ROWS, merges: caps.merges })).input;
          // a workbook whose other sheets cannot be read is still laid out, without code tables
          const others = await readOtherSheets(context, sheet).catch(() => []);
          return { header, others };
        });
      }),

    readLookupSheets: (sheet: string): Promise<SheetInput[]> =>
      guarded(async () => {
        requireBase();
        return run((context) => readOtherSheets(context, sheet));
      }),

    selectCell: (sheet: string, cell: string) =>
      guarded(() =>
        run(async (context) => {
          const ws = context.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await context.sync();
        }),
      ),

    writeSummary: (report: Report, lang: Lang, campaign?: Campaign) =>
      guarded(async () => {
        requireBase();
        return (await run((context) => writeSummary(context, report, lang, campaign))).name;
      }),

    clearMarks: (): Promise<ClearOutcome> =>
      guarded(async () => {
        requireBase();
        await session?.stop(); // cleared marks must not come back with the next edit
        session = null;
        const { formatOps: _ops, ...out } = await run((context) => clearMarks(context, caps));
        return out;
      }),

    loadCampaign: (): Promise<StoredCampaign> => guarded(async () => readStoredCampaign(host.settings, await loadEngine())),
    saveCampaign: (campaign: Campaign, source: string) => guarded(() => storeCampaign(host.settings, campaign, source)),
    loadLayout: (sheet: string) => readLayout(host.settings, sheet),
    saveLayout: (sheet: string, layout: LayoutOverride | undefined) => guarded(() => storeLayout(host.settings, sheet, layout)),
  };
}
