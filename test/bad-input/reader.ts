// an independent reader for the copies thidua writes (SheetJS, not the exceljs or zip code thidua uses)
import { readFile } from "node:fs/promises";
import * as XLSX from "xlsx";

export interface ReadBack {
  sheets: string[];
  /** sheet -> address -> displayed text of the cell */
  cells: Map<string, Map<string, string>>;
  /** sheet -> address -> note text */
  notes: Map<string, Map<string, string>>;
}

/** reads every cell and note; throws when SheetJS cannot parse a part */
export async function readBack(file: string): Promise<ReadBack> {
  const wb = XLSX.read(await readFile(file), { type: "buffer", cellFormula: false, cellNF: false, WTF: true });
  const cells = new Map<string, Map<string, string>>();
  const notes = new Map<string, Map<string, string>>();
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name]!;
    const c = new Map<string, string>();
    const n = new Map<string, string>();
    for (const [addr, cell] of Object.entries(ws)) {
      if (addr.startsWith("!")) continue;
      const v = (cell as XLSX.CellObject).v;
      if (v !== undefined && v !== null && v !== "") c.set(addr, String(v));
      const cm = (cell as XLSX.CellObject).c;
      if (cm?.length) n.set(addr, cm.map((x) => x.t ?? "").join("\n"));
    }
    cells.set(name, c);
    notes.set(name, n);
  }
  return { sheets: wb.SheetNames, cells, notes };
}
