// a worker thread that reads the second half of a large worksheet part (split.ts): it is given the cell formats,
// then the elements open where its half begins, then the half piece by piece. It does not wait for the shared
// strings (the main thread reads them meanwhile): a cell that shows one keeps its index, and the main thread
// puts the string in when it joins the halves (sheet.ts, deferShared).
// Messages back: { progress: rows } now and then, then one of { data } | { unnumbered } | { error }.
import { parentPort } from "node:worker_threads";
import { XmlDamage, XmlStream } from "./sax.js";
import { sheetReader, UnnumberedRow, type SheetReader } from "./sheet.js";
import { cellFormats, type CellFormat } from "./styles.js";

export interface WorkerInit {
  formats: CellFormat[];
  date1904: boolean;
}

/** first what every part needs (the worker starts before they are read), then the half */
export type ToWorker = { init: WorkerInit } | { open: string[] } | { text: string } | { end: true };
export type FromWorker =
  | { progress: number }
  | { data: ReturnType<SheetReader["partial"]> }
  | { unnumbered: true } // the half cannot be read alone (its first row has no number): the main thread reads it
  | { error: string }; // not well-formed

const port = parentPort!;
let init: WorkerInit | undefined;
let reader: SheetReader | undefined;
let xml: XmlStream | undefined;
let over = false;

port.on("message", (m: ToWorker) => {
  if (over) return;
  try {
    if ("init" in m) init = m.init;
    else if ("open" in m) {
      reader = sheetReader({
        strings: { text: [], runFont: new Map() },
        deferShared: true,
        formats: cellFormats(init!.formats),
        date1904: init!.date1904,
        numberedStart: true,
        onRow: (n) => port.postMessage({ progress: n } satisfies FromWorker),
      });
      xml = new XmlStream(reader.h);
      // the elements open at the split, as start tags without attributes: the parser's whole state there when
      // namespaces are not processed (split.ts checks that the main thread's parse stands just so)
      for (const name of m.open) xml.write(`<${name}>`);
    } else if ("text" in m) xml!.write(m.text);
    else {
      xml!.close();
      over = true;
      port.postMessage({ data: reader!.partial() } satisfies FromWorker); // the main thread then ends this worker
    }
  } catch (e) {
    over = true;
    port.postMessage((e instanceof UnnumberedRow ? { unnumbered: true } : { error: e instanceof XmlDamage ? e.message : String((e as Error).message ?? e) }) satisfies FromWorker);
  }
});
