// facts read straight from a sheet's xml part: merged areas and the used range
import type { MergedArea } from "../engine/index.js";
import { parseArea } from "../engine/index.js";
import { inflateAsync, type ZipArchive } from "./zip/read-zip.js";

export interface SheetFacts {
  merges: MergedArea[];
  /** last row of the <dimension> element, when the writer gave one */
  lastRow?: number;
}

/** inflates the part (which also verifies its checksum) and scans it as bytes, without building a string */
export async function readSheetFacts(zip: ZipArchive, part: string): Promise<SheetFacts> {
  const entry = zip.get(part);
  if (!entry) return { merges: [] };
  const xml = await inflateAsync(zip, entry);
  const merges: MergedArea[] = [];
  let p = xml.indexOf("mergeCells", Math.max(0, xml.lastIndexOf("sheetData")));
  if (p >= 0) {
    const end = xml.indexOf("mergeCells>", p + 10);
    const block = xml.toString("utf8", p, end < 0 ? xml.length : end);
    for (const m of block.matchAll(/<(?:\w+:)?mergeCell\s[^>]*ref\s*=\s*["']([^"']+)["']/g)) {
      const r = parseArea(m[1]!);
      if (r) merges.push(r);
    }
  }
  const head = xml.toString("utf8", 0, Math.min(xml.length, 4096));
  const dim = /<(?:\w+:)?dimension\s[^>]*ref\s*=\s*["']([^"']+)["']/.exec(head);
  const range = dim ? parseArea(dim[1]!) : undefined;
  return range ? { merges, lastRow: range.bottom } : { merges };
}
