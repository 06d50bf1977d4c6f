// a large worksheet part read in two halves at once, on two cores: as the part inflates, this thread keeps its
// first half and a worker thread (sheet-worker.ts) is handed the rest piece by piece; both parse with saxes,
// then the rows are joined.
//
// Why it is the same parse as one pass: the halves meet at a </row> that this thread's parser itself closes,
// as the last thing it reads, with exactly the elements open that the worker started from (the worksheet and
// sheetData elements, by their names as written). Namespaces are not processed, so there the parser's whole
// state is that list of open elements; the worker starts from it (their start tags), then reads the rest. The
// part is well-formed only if both halves are. Anything else (no such </row>, a worker that cannot start or
// whose first row has no number) and this thread reads the rest itself, as it would have without the split.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CellValue } from "../../engine/core.js";
import { XmlDamage, type XmlStream } from "./sax.js";
import type { PartialSheet, SheetContext, SheetData, SheetReader } from "./sheet.js";
import type { FromWorker, ToWorker, WorkerInit } from "./sheet-worker.js";

/** parts smaller than this are read in one pass: a worker costs about 0.1 s to start */
export const SPLIT_MIN_BYTES = 8 << 20;
/**
 * this thread's share of the part. The halves start about together (the worker's text inflates only as this
 * thread's event loop turns, which its reading of the shared strings mostly holds up); the worker also pays
 * the copy of its rows back, this thread putting the strings into them
 */
const SHARE = 0.54;
const ROW_END = /<\/(?:[^\s<>/:]+:)?row>/g;

export function canSplit(size: number, minimum = SPLIT_MIN_BYTES): boolean {
  return size >= minimum && availableParallelism() > 1;
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

/** the names of the root and sheetData elements as the part writes them ("x:worksheet", "x:sheetData") */
function openAtRows(head: string): string[] | null {
  const m = /<([^\s<>/!?]+)[\s>]/.exec(head.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, ""));
  if (!m) return null;
  const root = m[1] as string;
  const i = root.indexOf(":");
  return [root, `${i < 0 ? "" : root.slice(0, i + 1)}sheetData`];
}

/** the part's reading was given up because another part of the workbook could not be read */
export class Abandoned extends Error {
  override readonly name = "Abandoned";
}

export class SheetSplit {
  private readonly worker: Worker;
  private readonly answer: Promise<FromWorker>;
  private readonly first: string[] = []; // this thread's half not parsed yet
  private readonly rest: string[] = []; // the worker's half, for this thread to read if the split does not hold
  private open: string[] | null = null; // what the worker was told is open where its half begins
  private cut = ""; // the </row> the halves meet at
  private head = ""; // the part's start, where the root element's name is
  private pumping = false;
  private drained: (() => void)[] = [];
  private failed: unknown = null;
  private stopped = false;
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
    /** bytes of the part (characters, near enough): the halves meet past SHARE of it */
    private readonly size: number,
    /**
     * settles once this thread may parse (the shared strings are read): true to go on, false when they could
     * not be read (the part's reading is then given up). The worker's half does not wait for it
     */
    private readonly ready: Promise<boolean> = Promise.resolve(true),
  ) {
    const init: WorkerInit = {
      formats: [...ctx.formats.all],
      date1904: ctx.date1904,
    };
    const worker = (this.worker = half.worker);
    worker.postMessage({ init } satisfies ToWorker);
    this.onRow = ctx.onRow;
    this.answer = new Promise<FromWorker>((resolve) => {
      worker.on("message", (m: FromWorker) => {
        if (!("progress" in m)) resolve(m);
        else (this.workerRows = m.progress), this.tell();
      });
      // a worker that cannot start or dies: this thread reads the rest
      void half.gone.then(() => resolve({ unnumbered: true }));
    });
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
   * one piece of the part's text as it inflates; `read` is how many characters came before it. Up to the split
   * this thread only keeps its pieces, so that the part inflates at full speed; from there it parses them a
   * piece per turn of the event loop while the worker's pieces still inflate and go on to it
   */
  take(text: string, read: number): void {
    if (this.open !== null) {
      this.rest.push(text);
      this.worker.postMessage({ text } satisfies ToWorker);
      return;
    }
    if (this.head === "") this.head = text.slice(0, 4096);
    const at = this.size * SHARE;
    if (read + text.length >= at) {
      ROW_END.lastIndex = Math.max(0, Math.floor(at) - read);
      const m = ROW_END.exec(text);
      const open = m ? openAtRows(this.head) : null;
      if (m && open) {
        const end = m.index + m[0].length;
        this.first.push(text.slice(0, m.index));
        this.cut = m[0];
        this.open = open;
        this.worker.postMessage({ open } satisfies ToWorker);
        this.pumping = true;
        void this.ready.then((go) => {
          if (!go) this.stopped = true;
          setImmediate(() => this.pump());
        });
        if (end < text.length) this.take(text.slice(end), read + end);
        return;
      }
    }
    this.first.push(text);
  }

  private pump(): void {
    const t = this.first.shift();
    if (t !== undefined && this.failed === null && !this.stopped) {
      try {
        this.xml.write(t);
      } catch (e) {
        this.failed = e;
      }
    }
    if (this.first.length > 0 && !this.stopped) setImmediate(() => this.pump());
    else {
      this.pumping = false;
      for (const f of this.drained.splice(0)) f();
    }
  }

  /**
   * the part's text is all taken: once this thread's half is parsed, checks that its parse stands where the
   * worker's began, and joins the rows of both halves (throws XmlDamage for a damaged half)
   */
  async finish(): Promise<SheetData> {
    const { xml, reader } = this;
    if (!(await this.ready)) {
      this.dispose();
      throw new Abandoned("the shared strings could not be read");
    }
    if (this.open === null) {
      // no split: one pass
      void this.worker.terminate();
      for (const t of this.first.splice(0)) xml.write(t);
      xml.close();
      return reader.done();
    }
    if (this.pumping) await new Promise<void>((resolve) => this.drained.push(resolve));
    if (this.failed !== null) throw this.failed;
    // the </row> alone: it must close a row of sheetData and be all the parser did, with what the worker was told open
    const open = this.open;
    const tags = xml.tags;
    xml.write(this.cut);
    const holds = xml.tags === tags + 1 && xml.lastClosed === "row" && xml.open.length === open.length && xml.open.every((n, i) => n === open[i]);
    const m: FromWorker = holds ? (this.worker.postMessage({ end: true } satisfies ToWorker), await this.answer) : { unnumbered: true };
    void this.worker.terminate();
    if ("error" in m) throw new XmlDamage(m.error);
    if (!("data" in m)) {
      // the split does not hold, or the worker could not read its half alone: this thread reads it, as in one pass
      for (const t of this.rest) xml.write(t);
      xml.close();
      return reader.done();
    }
    this.halves = true;
    reader.resolveShared(m.data);
    return join(reader.partial(), m.data);
  }

  /** stops the worker and this thread's parse (the part could not be read) */
  dispose(): void {
    this.stopped = true;
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
