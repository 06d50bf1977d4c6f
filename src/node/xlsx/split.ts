// a large worksheet part read in two halves at once, on two cores. A worker thread (sheet-worker.ts) is given
// the part as it is stored and inflates it (size and checksum checked) while this thread reads the shared
// strings; it hands the inflated part back, with where the halves meet, and reads the second half while this
// thread reads the first; then the rows are joined. The worker does not have the shared strings: its cells
// that show one hold the string's index until this thread puts the string in (sheet.ts, deferShared).
//
// Why it is the same parse as one pass: the halves meet at a </row> that this thread's parser itself closes,
// as the last thing it reads, with exactly the elements open that the worker started from (the worksheet and
// sheetData elements, by their names as written). Namespaces are not processed, so there the parser's whole
// state is that list of open elements; the worker starts from it (their start tags), then reads the rest. The
// part is well-formed only if both halves are. Anything else (no such </row>, a worker whose first row has no
// number or whose rows are out of order) and this thread reads the rest itself, as it would have without the
// split; a worker that cannot start or dies before it handed the part back, and this thread reads it all.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CellValue } from "../../engine/core.js";
import { ZipFormatError, type ZipEntry } from "../zip/read-zip.js";
import { XmlDamage, type XmlStream } from "./sax.js";
import type { PartialSheet, SheetContext, SheetData, SheetReader } from "./sheet.js";
import type { FromWorker, ToWorker, WorkerInit } from "./sheet-worker.js";

/** parts smaller than this are read in one pass: a worker costs about 0.1 s to start */
export const SPLIT_MIN_BYTES = 8 << 20;
/**
 * this thread's share of the part. The halves start about together (this thread reads the shared strings while
 * the worker inflates the part); the worker also pays the copy of its rows back, this thread putting the strings
 * into them
 */
const SHARE = 0.5;

/** the largest part read in two halves: the worker holds it inflated (a million-row sheet is ~360 MB) */
const SPLIT_MAX_BYTES = 1 << 29;
/**
 * the most a part read in two halves may inflate per stored byte: worksheet xml deflates 5–20× (a 100,000-row list
 * 7×); a part that claims much more is all but certainly padding or a bomb, which the one pass (parsing as it
 * inflates) stops at its first byte that is not xml, while the worker would inflate every byte first
 */
const SPLIT_MAX_RATIO = 100;

/** whether a part is read in two halves at once: large enough to be worth a worker, plausible, and cores to run on */
export function canSplit(entry: { size: number; compressedSize: number } | undefined, minimum = SPLIT_MIN_BYTES): boolean {
  if (!entry) return false;
  const plausible = entry.size <= SPLIT_MAX_BYTES && entry.size <= SPLIT_MAX_RATIO * Math.max(1, entry.compressedSize);
  return entry.size >= minimum && plausible && availableParallelism() > 1;
}

/**
 * a worker for a half (started as early as the part's size is known, so that its start-up overlaps the reading
 * of the shared strings): the built .js beside this module, or from the sources (tests, tsx) the .ts through
 * tsx's loader. undefined where no worker can start
 */
export function startWorker(): HalfWorker | undefined {
  const here = import.meta.url;
  let worker: Worker;
  try {
    if (!here.endsWith(".ts")) worker = new Worker(new URL("./sheet-worker.js", here));
    else {
      const source = JSON.stringify(new URL("./sheet-worker.ts", here).href);
      worker = new Worker(`import("tsx/esm/api").then((t) => { t.register(); return import(${source}); });`, { eval: true });
    }
  } catch {
    return undefined;
  }
  // listened to from the start: a worker that fails before a part takes it must not go unheard
  const gone = new Promise<void>((resolve) => {
    worker.once("error", () => resolve());
    worker.once("exit", () => resolve());
  });
  return { worker, gone };
}

export interface HalfWorker {
  worker: Worker;
  /** settles when the worker fails or ends */
  gone: Promise<void>;
}

/** the part's reading was given up because another part of the workbook could not be read */
export class Abandoned extends Error {
  override readonly name = "Abandoned";
}

/** where the halves meet, in the inflated part's bytes: this thread reads [0, start), then [start, end) (the </row>) */
export interface Cut {
  start: number;
  end: number;
  /** the elements open there, by their names as written: the worker starts from them */
  open: string[];
}

/** this thread's text pieces between turns of the event loop (so that the worker's progress is heard) */
const PIECE = 1 << 20;

export class SheetSplit {
  private readonly worker: Worker;
  private readonly answers: FromWorker[] = [];
  private waiting: ((m: FromWorker) => void) | undefined;
  private readonly onRow: SheetContext["onRow"];
  private mainRows = 0;
  private workerRows = 0;
  private told = 0;
  private lastRow: number | undefined;
  /** the part was read in two halves (false: in one pass, after all) */
  halves = false;

  constructor(
    half: HalfWorker,
    private readonly xml: XmlStream,
    private readonly reader: SheetReader,
    ctx: SheetContext,
    /**
     * settles once this thread may parse (the shared strings are read): true to go on, false when they could
     * not be read (the part's reading is then given up). The worker's inflating and half do not wait for it
     */
    private readonly ready: Promise<boolean> = Promise.resolve(true),
  ) {
    const init: WorkerInit = { formats: [...ctx.formats.all], date1904: ctx.date1904 };
    const worker = (this.worker = half.worker);
    worker.postMessage({ init } satisfies ToWorker);
    this.onRow = ctx.onRow;
    worker.on("message", (m: FromWorker) => {
      if ("progress" in m) (this.workerRows = m.progress), this.tell();
      else this.answer(m);
    });
    // a worker that cannot start or dies: this thread reads what it has not been given
    void half.gone.then(() => this.answer({ gone: true }));
  }

  private answer(m: FromWorker): void {
    const w = this.waiting;
    if (w) (this.waiting = undefined), w(m);
    else this.answers.push(m);
  }

  private next(): Promise<FromWorker> {
    const m = this.answers.shift();
    return m ? Promise.resolve(m) : new Promise((resolve) => (this.waiting = resolve));
  }

  /** this thread's reader's progress: told on with the worker's rows added */
  progress(rows: number, lastRow: number | undefined): void {
    this.mainRows = rows;
    this.lastRow = lastRow;
    this.tell();
  }

  private tell(): void {
    const n = this.mainRows + this.workerRows;
    if (n > this.told) this.onRow?.((this.told = n), this.lastRow);
  }

  /**
   * reads the part (an entry stored or deflated; `raw` as stored): its rows, and with `keep` its text. Throws
   * ZipFormatError when it does not inflate to its size and checksum, XmlDamage when either half is not
   * well-formed, Abandoned when `ready` said no; undefined when the worker gave nothing back (it could not
   * start or died): the caller reads the part in one pass
   */
  async read(entry: ZipEntry, raw: Buffer, keep: boolean): Promise<{ data: SheetData; text: string } | undefined> {
    const { xml, reader } = this;
    // a copy of the stored bytes alone (the view's buffer is the whole file)
    this.worker.postMessage({ part: { name: entry.name, method: entry.method, size: entry.size, crc: entry.crc, raw: Uint8Array.from(raw) }, share: SHARE } satisfies ToWorker);
    const first = await this.next();
    if (!(await this.ready)) {
      this.dispose();
      throw new Abandoned("the shared strings could not be read");
    }
    if ("broken" in first) throw new ZipFormatError(first.broken);
    if (!("whole" in first)) return undefined;
    const whole = Buffer.from(first.whole.buffer, first.whole.byteOffset, first.whole.byteLength);
    const cut = first.cut;
    const mine = whole.toString("utf8", 0, cut ? cut.start : whole.length);
    for (let i = 0; i < mine.length; i += PIECE) {
      xml.write(mine.slice(i, i + PIECE));
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    if (cut === null) {
      void this.worker.terminate();
      xml.close();
      return { data: reader.done(), text: keep ? mine : "" };
    }
    // the </row> alone: it must close a row of sheetData and be all the parser did, with what the worker was told open
    const tags = xml.tags;
    const cutText = whole.toString("latin1", cut.start, cut.end);
    xml.write(cutText);
    const holds = xml.tags === tags + 1 && xml.lastClosed === "row" && xml.open.length === cut.open.length && xml.open.every((n, i) => n === cut.open[i]);
    const m: FromWorker = holds ? await this.next() : { unnumbered: true };
    void this.worker.terminate();
    if ("error" in m) throw new XmlDamage(m.error);
    if (!("data" in m)) {
      // the split does not hold, or the worker could not read its half alone: this thread reads it, as in one pass
      const theirs = whole.toString("utf8", cut.end);
      for (let i = 0; i < theirs.length; i += PIECE) xml.write(theirs.slice(i, i + PIECE));
      xml.close();
      return { data: reader.done(), text: keep ? mine + cutText + theirs : "" };
    }
    this.halves = true;
    reader.resolveShared(m.data);
    return { data: join(reader.partial(), m.data), text: keep ? mine + cutText + whole.toString("utf8", cut.end) : "" };
  }

  /** stops the worker (the part could not be read) */
  dispose(): void {
    void this.worker.terminate();
  }
}

/** the rows of both halves: the second's overwrite what the first had at the same numbers, as one pass would */
function join(first: PartialSheet, second: PartialSheet): SheetData {
  const rows: CellValue[][] = first.rows;
  for (let i = 0; i < second.rows.length; i++) {
    const r = second.rows[i];
    // empty: all its values were empty shared strings, a row one pass would not have set either
    if (r === undefined || r.length === 0) continue;
    const at = second.base + i;
    while (rows.length < at) rows.push([]);
    rows[at] = r;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  const lastRow = second.lastRow ?? first.lastRow;
  return {
    rows,
    merges: [...first.merges, ...second.merges],
    hiddenRows: [...first.hiddenRows, ...second.hiddenRows],
    ...(lastRow === undefined ? {} : { lastRow }),
  };
}
