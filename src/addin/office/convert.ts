// Office.js cell values to the engine's CellValue, once, at the edge
import type { CellValue, MergedArea } from "../../engine/index.js";
import { parseArea, splitAreas } from "../shared/address.js";

/** dates arrive from Office.js as serial numbers and stay so; "" is an empty cell */
export function toCellValue(v: unknown, isError: boolean): CellValue {
  if (v === null || v === undefined || v === "") return null;
  if (isError) return { error: String(v) };
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** "'Danh sách'!A1:C1, 'Danh sách'!D1:D2" -> merged areas (1-based) */
export function areasOf(address: string | null | undefined): MergedArea[] {
  if (!address) return [];
  const out: MergedArea[] = [];
  for (const a of splitAreas(address)) {
    const r = parseArea(a);
    if (r) out.push(r);
  }
  return out;
}

/** the cells of error areas as "row:col" keys */
export function errorCellKeys(areas: readonly MergedArea[], limit = 1_000_000): Set<string> {
  const keys = new Set<string>();
  for (const a of areas) {
    for (let r = a.top; r <= a.bottom; r++) {
      for (let c = a.left; c <= a.right; c++) {
        keys.add(`${r}:${c}`);
        if (keys.size >= limit) return keys;
      }
    }
  }
  return keys;
}

/** one block of Office values (rows of a chunk) into engine rows */
export function convertBlock(
  values: readonly (readonly unknown[])[],
  firstRow: number,
  firstCol: number,
  errors: ReadonlySet<string>,
): CellValue[][] {
  return values.map((row, i) =>
    row.map((v, j) => toCellValue(v, errors.size > 0 && errors.has(`${firstRow + i}:${firstCol + j}`))),
  );
}
