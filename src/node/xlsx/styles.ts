// what the reader needs of styles.xml: per cell format (the s attribute of a cell), whether it shows a
// date and the name of its font (TCVN3 text is told by its ".Vn…" font)
import { isTcvn3Font } from "../../engine/text/tcvn3.js";
import { isDateFormat } from "./number-format.js";
import { parseXml } from "./sax.js";
import type { PartReader } from "./shared-strings.js";

export interface CellFormat {
  date: boolean;
  font: string | undefined;
  /** the font is a TCVN3 one (".Vn…"), told once per format rather than once per cell */
  legacy: boolean;
}

export interface CellFormats {
  get(s: number): CellFormat;
  /** every format by its index (what a worker reading part of a sheet is given) */
  readonly all: readonly CellFormat[];
}

/** the formats of a list (as a worker is given them) */
export function cellFormats(formats: readonly CellFormat[]): CellFormats {
  return { get: (s) => formats[s] ?? formats[0] ?? PLAIN, all: formats };
}

const PLAIN: CellFormat = { date: false, font: undefined, legacy: false };

export function readCellFormats(xml: string | undefined): CellFormats {
  if (xml === undefined) return cellFormats([]);
  const r = cellFormatsReader();
  parseXml(xml, r.h);
  return r.done();
}

export function cellFormatsReader(): PartReader<CellFormats> {
  const codes = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const xfs: { numFmtId: number; fontId: number }[] = [];
  let section = "";
  let inFont = false;
  const h = {
    open(name: string, a: Record<string, string>) {
      if (name === "numFmts" || name === "fonts" || name === "cellXfs" || name === "cellStyleXfs" || name === "dxfs") section = name;
      else if (name === "numFmt" && section === "numFmts") codes.set(Number(a["numFmtId"]), a["formatCode"] ?? "");
      else if (name === "font" && section === "fonts") (inFont = true), fonts.push(undefined);
      else if (name === "name" && inFont) fonts[fonts.length - 1] = a["val"];
      else if (name === "xf" && section === "cellXfs") xfs.push({ numFmtId: Number(a["numFmtId"] ?? 0), fontId: Number(a["fontId"] ?? 0) });
    },
    close(name: string) {
      if (name === "font") inFont = false;
      else if (name === section) section = "";
    },
    text() {},
  };
  const done = (): CellFormats => {
    const formats = xfs.map((x) => ({ date: isDateFormat(x.numFmtId, codes.get(x.numFmtId)), font: fonts[x.fontId], legacy: isTcvn3Font(fonts[x.fontId]) }));
    return cellFormats(formats);
  };
  return { h, done };
}
