// a large worksheet part read in pieces on two cores at once. A worker thread (sheet-worker.ts) is given the
// part as it is stored and inflates it (size and checksum checked) while this thread reads the shared strings;
// it shares the inflated part with this thread, with where its pieces meet (about a megabyte each), and reads
// pieces from the last one back while this thread reads them from the first on, each taking a piece before it
// reads it, until the two meet: on a shared host the two cores rarely run alike, and a fixed half would leave
// the faster thread waiting for the slower. Then the rows are joined. The worker does not have the shared
// strings: its cells that show one hold the string's index until this thread puts the string in (sheet.ts,
// deferShared).
//
// Why it is the same parse as one pass: pieces meet at a </row>, and the parser that read up to it must close it
// as the one thing it does there, with exactly the elements open that the next piece's parser starts from (the
// worksheet and sheetData elements, by their names as written). Namespaces are not processed, so there the
// parser's whole state is that list of open elements; a piece is read from it (their start tags), then its
// text. This thread's own pieces are one parse, from the part's start; the last piece must end the part
// well-formed. So the part is well-formed only if every piece is, and a piece's error, once every meeting
// before it holds, is the error one pass meets. Anything else (a meeting that does not hold, a piece whose first
// row has no number or whose rows are out of order) and this thread reads the worker's pieces itself, as it
// would have without them; a worker that cannot start or dies before it shared the part, and this thread reads
// it all.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { CellValue } from "../../engine/core.js";
import { ZipFormatError, type ZipEntry } from "../zip/read-zip.js";
import { XmlDamage, type XmlStream } from "./sax.js";
import type { PartialSheet, SheetContext, SheetData, SheetReader } from "./sheet.js";
import { FREE, MAIN, meets, type Cut } from "./pieces.js";
import type { FromWorker, PieceResult, ToWorker, WorkerInit } from "./sheet-worker.js";

/** parts smaller than this are read in one pass: a worker costs about 0.1 s to start */
export const SPLIT_MIN_BYTES = 8 << 20;
/**
 * the size of a piece (at most 64 of them): small enough that the thread that finishes first waits little for the
 * other, large enough that a piece's own costs (a parser, a message back) do not count
 */
export const PIECE_BYTES = 1 << 20;

/** the largest part read on two threads: it is held inflated (a million-row sheet is ~360 MB) */
const SPLIT_MAX_BYTES = 1 << 29;
/**
 * the most a part read on two threads may inflate per stored byte: worksheet xml deflates 5–20× (a 100,000-row list
 * 7×); a part that claims much more is all but certainly padding or a bomb, which the one pass (parsing as it
 * inflates) stops at its first byte that is not xml, while the worker would inflate every byte first
 */
const SPLIT_MAX_RATIO = 100;

/** whether a part is read on two threads at once: large enough to be worth a worker, plausible, and cores to run on */
export function canSplit(entry: { size: number; compressedSize: number } | undefined, minimum = SPLIT_MIN_BYTES): boolean {
  if (!entry) return false;
  const plausible = entry.size <= SPLIT_MAX_BYTES && entry.size <= SPLIT_MAX_RATIO * Math.max(1, entry.compressedSize);
  return entry.size >= minimum && plausible && availableParallelism() > 1;
}

/**
 * a worker for a part's pieces (started as early as the part's size is known, so that its start-up overlaps the reading
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

/** this thread's text, written in slices between turns of the event loop (so that the worker's pieces are heard) */
const SLICE = 1 << 20;

export class SheetSplit {
  private readonly worker: Worker;
  private readonly answers: FromWorker[] = [];
  private waiting: ((m: FromWorker) => void) | undefined;
  private readonly onRow: SheetContext["onRow"];
  private mainRows = 0;
  private workerRows = 0;
  private told = 0;
  private lastRow: number | undefined;
  /** the part was read on two threads (false: by this one alone, after all) */
  halves = false;

  constructor(
    half: HalfWorker,
    private readonly xml: XmlStream,
    private readonly reader: SheetReader,
    ctx: SheetContext,
    /**
     * settles once this thread may parse (the shared strings are read): true to go on, false when they could
     * not be read (the part's reading is then given up). The worker's inflating and pieces do not wait for it
     */
    private readonly ready: Promise<boolean> = Promise.resolve(true),
    private readonly pieceBytes = PIECE_BYTES,
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
   * ZipFormatError when it does not inflate to its size and checksum, XmlDamage when a piece is not well-formed,
   * Abandoned when `ready` said no; undefined when the worker gave nothing back (it could not start or died): the
   * caller reads the part in one pass
   */
  async read(entry: ZipEntry, raw: Buffer, keep: boolean): Promise<{ data: SheetData; text: string } | undefined> {
    const { xml, reader } = this;
    // a copy of the stored bytes alone (the view's buffer is the whole file)
    const part = { name: entry.name, method: entry.method, size: entry.size, crc: entry.crc, raw: Uint8Array.from(raw) };
    this.worker.postMessage({ part, pieceBytes: this.pieceBytes } satisfies ToWorker);
    const first = await this.next();
    if (!(await this.ready)) {
      this.dispose();
      throw new Abandoned("the shared strings could not be read");
    }
    if ("broken" in first) throw new ZipFormatError(first.broken);
    if (!("whole" in first)) return undefined;
    const bytes = Buffer.from(first.whole);
    const { cuts } = first;
    const claimed = new Int32Array(first.claims);
    const texts: string[] = [];
    const feed = async (text: string) => {
      if (keep) texts.push(text);
      for (let i = 0; i < text.length; i += SLICE) {
        xml.write(text.slice(i, i + SLICE));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    };
    if (!cuts.length) {
      void this.worker.terminate();
      await feed(bytes.toString("utf8"));
      xml.close();
      return { data: reader.done(), text: texts.join("") };
    }
    // this thread's pieces, from the first on, each taken before it is read, until one is the worker's (the last is)
    await feed(bytes.toString("utf8", 0, (cuts[0] as Cut).start));
    let k = 1;
    // (a piece with the </row> before it: ASCII, where a character begins, so one decoding from there)
    for (; Atomics.compareExchange(claimed, k, FREE, MAIN) === FREE; k++) await feed(bytes.toString("utf8", (cuts[k - 1] as Cut).start, (cuts[k] as Cut).start));
    // where the worker's pieces begin
    const meet = cuts[k - 1] as Cut;
    const holds = meets(xml, bytes, meet);
    if (keep) texts.push(bytes.toString("latin1", meet.start, meet.end));
    const theirs = holds ? await this.pieces(k, cuts.length) : undefined;
    void this.worker.terminate();
    if (!theirs) {
      // a meeting that does not hold, or a piece the worker could not read alone: this thread reads the rest, as in one pass
      const rest = bytes.toString("utf8", meet.end);
      xml.writeAll(rest);
      xml.close();
      return { data: reader.done(), text: keep ? texts.join("") + rest : "" };
    }
    this.halves = true;
    for (const p of theirs) reader.resolveShared(p);
    return { data: join(reader.partial(), theirs), text: keep ? texts.join("") + bytes.toString("utf8", meet.end) : "" };
  }

  /**
   * the worker's pieces from..last, in order, once all are read: undefined when one cannot be taken (the pieces
   * before it read, it was not readable alone) or the worker died first; XmlDamage for the first piece not
   * well-formed after pieces that were
   */
  private async pieces(from: number, last: number): Promise<PartialSheet[] | undefined> {
    const got = new Map<number, PieceResult>();
    while (got.size < last - from + 1) {
      const m = await this.next();
      if ("piece" in m) got.set(m.piece, m);
      else if ("gone" in m || "done" in m) break;
    }
    const out: PartialSheet[] = [];
    for (let k = from; k <= last; k++) {
      const r = got.get(k);
      if (!r || "unnumbered" in r) return undefined;
      if ("error" in r) throw new XmlDamage(r.error);
      out.push(r.data);
    }
    return out;
  }

  /** stops the worker (the part could not be read) */
  dispose(): void {
    void this.worker.terminate();
  }
}

/** the rows of this thread's part and the worker's pieces in order: a later piece's rows overwrite what came before at the same numbers, as one pass would */
function join(first: PartialSheet, later: PartialSheet[]): SheetData {
  const rows: CellValue[][] = first.rows;
  let lastRow = first.lastRow;
  const merges = first.merges;
  const hiddenRows = first.hiddenRows;
  for (const p of later) {
    for (let i = 0; i < p.rows.length; i++) {
      const r = p.rows[i];
      // empty: all its values were empty shared strings, a row one pass would not have set either
      if (r === undefined || r.length === 0) continue;
      const at = p.base + i;
      while (rows.length < at) rows.push([]);
      rows[at] = r;
    }
    for (const m of p.merges) merges.push(m);
    for (const h of p.hiddenRows) hiddenRows.push(h);
    lastRow = p.lastRow ?? lastRow;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return { rows, merges, hiddenRows, ...(lastRow === undefined ? {} : { lastRow }) };
}
