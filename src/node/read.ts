// reads an .xlsx into the engine's SheetInput: one pass over each part it needs (workbook, styles, shared
// strings, the chosen sheets), straight from the project's zip container, with saxes as the XML parser.
// Any part that cannot be read whole (deflate, checksum or XML error) makes the file "damaged".
import type { SheetInput } from "../engine/index.js";
import { normalizeText } from "../engine/index.js";
import { WorkbookError } from "./errors.js";
import { openWorkbook, type OpenedWorkbook } from "./open.js";
import { readRels, type SheetRef } from "./ooxml/package.js";
import { readSheet } from "./xlsx/sheet.js";
import { readSharedStrings } from "./xlsx/shared-strings.js";
import { readCellFormats } from "./xlsx/styles.js";
import { inflateAsync } from "./zip/read-zip.js";

export interface ReadOptions {
  /** only this sheet (exact name first, then ignoring case and accents) */
  sheet?: string;
  /** the name reported in SheetInput.file (default: the path as given) */
  label?: string;
  /** sheet names to leave out unless asked for by name (our own summary sheet of an earlier run) */
  exclude?: string[];
  onProgress?: (sheet: string, rowsDone: number, rowsTotal: number | undefined) => void;
}

export interface ReadResult {
  opened: OpenedWorkbook;
  /** the sheets read, in workbook order */
  sheets: SheetInput[];
  /** the part name of each sheet read, same order */
  parts: SheetRef[];
  /** worksheet rows hidden in each sheet read, same order (read like any other row) */
  hiddenRows: number[][];
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

/** inflates a part (checking its size and CRC) and decodes it; undefined when the package has no such part */
async function partText(opened: OpenedWorkbook, part: string | undefined, where: Where): Promise<string | undefined> {
  if (part === undefined) return undefined;
  const entry = opened.zip.get(part);
  if (!entry) return undefined;
  try {
    return (await inflateAsync(opened.zip, entry)).toString("utf8");
  } catch (e) {
    throw damaged(opened.file, where, e);
  }
}

function parsed<T>(file: string, where: Where, parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw damaged(file, where, e);
  }
}

export async function readWorkbook(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const opened = await openWorkbook(file);
  const targets = pickSheets(opened, opts.sheet, opts.exclude);
  const rels = readRels(opened.zip, opened.pkg.workbookPart);
  const sstPart = rels.find((r) => /\/sharedStrings$/.test(r.type))?.target;
  const stylesPart = rels.find((r) => /\/styles$/.test(r.type))?.target;
  // every part inflates at once in zlib's threads; the XML is then parsed part by part
  const texts = await Promise.allSettled([
    partText(opened, sstPart, { part: sstPart ?? "" }),
    partText(opened, stylesPart, { part: stylesPart ?? "" }),
    ...targets.map(async (t) => {
      const xml = await partText(opened, t.part, { sheet: t.name });
      if (xml === undefined) throw new WorkbookError("damaged", file, { sheet: t.name, detail: `missing part ${t.part || "(none)"}` });
      return xml;
    }),
  ]);
  const bad = texts.find((r) => r.status === "rejected");
  if (bad) throw (bad as PromiseRejectedResult).reason;
  const [sstXml, stylesXml, ...sheetXml] = texts.map((r) => (r as PromiseFulfilledResult<string | undefined>).value);
  const strings = parsed(file, { part: sstPart ?? "" }, () => readSharedStrings(sstXml));
  const formats = parsed(file, { part: stylesPart ?? "" }, () => readCellFormats(stylesXml));
  const label = opts.label ?? file;
  const hiddenRows: number[][] = [];
  const sheets: SheetInput[] = targets.map((t, i) => {
    const xml = sheetXml[i]!;
    sheetXml[i] = undefined; // let the text go as soon as it is parsed
    const total = /<(?:[\w.-]+:)?dimension\b[^>]*\bref\s*=\s*["'][A-Za-z]*\$?[A-Za-z]+\$?\d+:\$?[A-Za-z]+\$?(\d+)/.exec(xml.slice(0, 4096))?.[1];
    const data = parsed(file, { sheet: t.name }, () =>
      readSheet(xml, {
        strings,
        formats,
        date1904: opened.pkg.date1904,
        ...(opts.onProgress ? { onRow: (n: number) => opts.onProgress!(t.name, n, total ? Number(total) : undefined) } : {}),
      }),
    );
    hiddenRows.push(data.hiddenRows);
    return { file: label, name: t.name, rows: data.rows, rowOffset: 1, colOffset: 1, ...(data.merges.length ? { merges: data.merges } : {}) };
  });
  if (sheets.every((s) => s.rows.every((r) => r.every((v) => v === null))))
    throw new WorkbookError("empty", file, opts.sheet === undefined ? {} : { sheet: opts.sheet });
  return { opened, sheets, parts: targets, hiddenRows };
}
