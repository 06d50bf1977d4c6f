// reads an .xlsx into the engine's SheetInput: one pass over each part it needs (workbook, styles, shared
// strings, the chosen sheets), straight from the project's zip container, with saxes as the XML parser.
// Any part that cannot be read whole (deflate, checksum or XML error) makes the file "damaged".
import { StringDecoder } from "node:string_decoder";
import type { SheetInput } from "../engine/core.js";
import { normalizeText } from "../engine/core.js";
import { WorkbookError } from "./errors.js";
import { openWorkbook, type OpenedWorkbook } from "./open.js";
import { readRels, type SheetRef } from "./ooxml/package.js";
import { XmlStream } from "./xlsx/sax.js";
import { sheetReader, type SheetContext, type SheetData, type SheetReader } from "./xlsx/sheet.js";
import { Abandoned, canSplit, SheetSplit, startWorker, type HalfWorker } from "./xlsx/split.js";
import { sharedStringsReader, type PartReader, type SharedStrings } from "./xlsx/shared-strings.js";
import { cellFormatsReader, readCellFormats } from "./xlsx/styles.js";
import { inflateChunks, type ZipEntry } from "./zip/read-zip.js";

export interface ReadOptions {
  /** only this sheet (exact name first, then ignoring case and accents) */
  sheet?: string;
  /** the name reported in SheetInput.file (default: the path as given) */
  label?: string;
  /** sheet names to leave out unless asked for by name (our own summary sheet of an earlier run) */
  exclude?: string[];
  onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
  /** keep the sheets' xml for a checked copy to edit, instead of inflating them a second time */
  keepSheets?: boolean;
  /** with `sheet`: read the workbook's other sheets too, for the code tables they may hold (ReadResult.others) */
  othersForTables?: boolean;
  /** sheet parts of at least this many bytes are read on two threads at once (default: xlsx/split.ts's; tests lower it) */
  splitAt?: number;
  /** the size of the pieces such a part is read in (default: xlsx/split.ts's; tests lower it) */
  splitPieceBytes?: number;
}

export interface ReadResult {
  opened: OpenedWorkbook;
  /** the sheets read, in workbook order */
  sheets: SheetInput[];
  /** the part name of each sheet read, same order */
  parts: SheetRef[];
  /** worksheet rows hidden in each sheet read, same order (read like any other row) */
  hiddenRows: number[][];
  /** with `sheet` and `othersForTables`: the other sheets, read only for their code tables (never checked) */
  others: SheetInput[];
  /** whether each sheet read was read on two threads at once (xlsx/split.ts), same order */
  halves: boolean[];
}

function pickSheets(opened: OpenedWorkbook, wanted: string | undefined, exclude: string[] = []): SheetRef[] {
  const all = opened.pkg.sheets.filter((s) => s.kind === "worksheet");
  if (wanted === undefined) {
    const skip = new Set(exclude.map((n) => normalizeText(n)));
    const kept = all.filter((s) => !skip.has(normalizeText(s.name)));
    return kept.length ? kept : all;
  }
  const exact = all.filter((s) => s.name === wanted);
  const loose = exact.length ? exact : all.filter((s) => normalizeText(s.name) === normalizeText(wanted));
  if (!loose.length) throw new WorkbookError("sheet-not-found", opened.file, { sheet: wanted, sheets: all.map((s) => s.name).join(", ") });
  return loose.slice(0, 1);
}

/** where the damage is, for the message: a sheet by its name, any other part by its part name */
type Where = { sheet: string } | { part: string };

function damaged(file: string, where: Where, e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  return new WorkbookError("damaged", file, { ...where, detail: (e as Error).message }, e);
}

/** a part through its reader, in one pass; undefined when the package has no such part */
async function readPart<T>(opened: OpenedWorkbook, part: string | undefined, where: Where, reader: PartReader<T>, keep = false): Promise<T | undefined> {
  const entry = part === undefined ? undefined : opened.zip.get(part);
  return entry && readEntry(opened, entry, where, reader, keep);
}

/**
 * a part through its reader as it inflates (zlib's threads, size and CRC checked): the parse of one piece
 * overlaps the inflating of the next; `keep` keeps the text for a checked copy to edit. Any failure is the
 * file's "damaged" error
 */
async function readEntry<T>(opened: OpenedWorkbook, entry: ZipEntry, where: Where, reader: PartReader<T>, keep: boolean): Promise<T> {
  const xml = new XmlStream(reader.h);
  const utf8 = new StringDecoder("utf8");
  const pieces: string[] = [];
  const feed = (text: string) => {
    if (keep) pieces.push(text);
    xml.write(text);
  };
  let result: T;
  try {
    await inflateChunks(opened.zip, entry, (data) => feed(utf8.write(data)));
    feed(utf8.end());
    xml.close();
    result = reader.done();
  } catch (e) {
    throw damaged(opened.file, where, e);
  }
  if (keep) opened.zip.keepText(entry.name, pieces.join(""));
  return result;
}

/** a worksheet part, read as readPart does; a large one on two threads at once (xlsx/split.ts) */
async function readSheetPart(
  opened: OpenedWorkbook,
  part: string | undefined,
  where: Where,
  ctx: SheetContext,
  keep: boolean,
  how: { splitAt?: number; splitPieceBytes?: number },
  early?: EarlyWorker,
  /** when this thread may parse (SheetSplit's ready); only with a worker started early */
  ready?: Promise<boolean>,
): Promise<SheetPartRead | undefined> {
  const entry = part === undefined ? undefined : opened.zip.get(part);
  if (!entry) return undefined;
  const onePass = async (reader: SheetReader) => {
    if (ready && !(await ready)) throw new Abandoned("the shared strings could not be read");
    return { data: await readEntry(opened, entry, where, reader, keep), halves: false };
  };
  if (!canSplit(entry, how.splitAt)) return onePass(sheetReader(ctx));
  let split: SheetSplit | undefined;
  const reader = sheetReader({
    ...ctx,
    // with the worker's rows added once there is one
    onRow: (n, last) => (split ? split.progress(n, last) : ctx.onRow?.(n, last)),
  });
  // a compression the worker does not inflate: the one pass says it is unreadable
  if (entry.method !== 0 && entry.method !== 8) return onePass(reader);
  const worker = early?.take() ?? startWorker();
  if (!worker) return onePass(reader); // no worker here
  const s = (split = new SheetSplit(worker, new XmlStream(reader.h), reader, ctx, ready, how.splitPieceBytes));
  let got: Awaited<ReturnType<SheetSplit["read"]>>;
  try {
    got = await s.read(entry, opened.zip.raw(entry), keep);
  } catch (e) {
    s.dispose();
    throw damaged(opened.file, where, e);
  }
  if (!got) return onePass(sheetReader(ctx)); // the worker gave nothing back: read it all here
  if (keep) opened.zip.keepText(entry.name, got.text);
  return { data: got.data, halves: s.halves };
}

interface SheetPartRead {
  data: SheetData;
  halves: boolean;
}

/** a worker started before the shared strings are read, for the first sheet part read on two threads */
class EarlyWorker {
  constructor(private half: HalfWorker | undefined) {}
  /** a worker is there to take */
  get waiting(): boolean {
    return this.half !== undefined;
  }
  take(): HalfWorker | undefined {
    const h = this.half;
    this.half = undefined;
    return h;
  }
  /** ends it if no part took it */
  end(): void {
    void this.take()?.worker.terminate();
  }
}

export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const opened = await openWorkbook(file);
  const targets = pickSheets(opened, opts.sheet, opts.exclude);
  const big = targets.some((t) => canSplit(opened.zip.get(t.part), opts.splitAt));
  const early = new EarlyWorker(big ? startWorker() : undefined);
  try {
    return await readSheets(opened, file, targets, opts, early);
  } finally {
    early.end();
  }
}

async function readSheets(opened: OpenedWorkbook, file: string, targets: SheetRef[], opts: ReadOptions, early: EarlyWorker): Promise<ReadResult> {
  const rels = readRels(opened.zip, opened.pkg.workbookPart);
  const sstPart = rels.find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const stylesPart = rels.find((r) => /\/styles$/.test(r.type))?.target;
  // each part once, in the order its values are needed: formats and strings before the cells that use them
  const formats = (await readPart(opened, stylesPart, { part: stylesPart ?? "" }, cellFormatsReader())) ?? readCellFormats(undefined);
  // filled in once read: the sheets' readers look their strings up in it only as they parse
  const strings: SharedStrings = { text: [], runFont: new Map() };
  const ctxOf = (t: SheetRef): SheetContext => ({
    strings,
    formats,
    date1904: opened.pkg.date1904,
    ...(opts.onProgress ? { onRow: (n: number, total: number | undefined) => opts.onProgress!(t.name, n, total) } : {}),
  });
  const withOthers = opts.sheet !== undefined && opts.othersForTables === true;
  // a first sheet read on two threads starts inflating now, beside the shared strings: its worker reads its pieces
  // without them, this thread parses its own once they are read
  const first = targets[0];
  let gate: (go: boolean) => void = () => undefined;
  let firstRead: Promise<SheetPartRead | undefined> | undefined;
  if (first && !withOthers && early.waiting && canSplit(opened.zip.get(first.part), opts.splitAt)) {
    const ready = new Promise<boolean>((resolve) => (gate = resolve));
    firstRead = readSheetPart(opened, first.part || undefined, { sheet: first.name }, ctxOf(first), opts.keepSheets === true, opts, early, ready);
    firstRead.catch(() => undefined); // awaited below; not unheard while the strings are read
  }
  try {
    const read = await readPart(opened, sstPart, { part: sstPart ?? "" }, sharedStringsReader());
    if (read) (strings.text = read.text), (strings.runFont = read.runFont);
  } catch (e) {
    gate(false);
    await firstRead?.catch(() => undefined);
    throw e;
  }
  gate(true);
  const label = opts.label ?? file;
  const hiddenRows: number[][] = [];
  const halves: boolean[] = [];
  const sheets: SheetInput[] = [];
  const others: SheetInput[] = [];
  if (withOthers) {
    const skip = new Set([...targets.map((t) => t.part), ...(opts.exclude ?? []).map((n) => normalizeText(n))]);
    for (const t of opened.pkg.sheets.filter((s) => s.kind === "worksheet" && !skip.has(s.part) && !skip.has(normalizeText(s.name)))) {
      // a damaged other sheet only costs its tables
      const data = await readPart(opened, t.part || undefined, { sheet: t.name }, sheetReader({ strings, formats, date1904: opened.pkg.date1904 }), false).catch(() => null);
      if (data) others.push({ file: opts.label ?? file, name: t.name, rows: data.rows, rowOffset: 1, colOffset: 1 });
    }
  }
  for (const t of targets) {
    const read =
      t === first && firstRead
        ? await firstRead
        : await readSheetPart(opened, t.part || undefined, { sheet: t.name }, ctxOf(t), opts.keepSheets === true, opts, early);
    if (!read) throw new WorkbookError("damaged", file, { sheet: t.name, detail: `missing part ${t.part || "(none)"}` });
    const { data } = read;
    halves.push(read.halves);
    hiddenRows.push(data.hiddenRows);
    sheets.push({ file: label, name: t.name, rows: data.rows, rowOffset: 1, colOffset: 1, ...(data.merges.length ? { merges: data.merges } : {}), ...(data.hiddenRows.length ? { hiddenRows: data.hiddenRows } : {}) });
  }
  if (sheets.every((s) => s.rows.every((r) => r.every((v) => v === null))))
    throw new WorkbookError("empty", file, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  return { opened, sheets, parts: targets, hiddenRows, others, halves };
}
