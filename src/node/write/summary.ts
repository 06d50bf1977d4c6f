// the engine's summary table rendered for the copy: each style token (and table border) to a cell format
import { LOOKS, PALETTE, type StyleToken, type SummaryTable } from "../../engine/core.js";
import { argb, type StylesPatch } from "./styles.js";

/** (row, col) -> xf id; a cell inside one of the table's rectangles gets thin borders too */
export function summaryStyles(styles: StylesPatch, table: SummaryTable): (row: number, col: number) => number {
  const border = styles.addBorder(argb(PALETTE.border));
  const ids = new Map<string, number>();
  const xfOf = (token: StyleToken, bordered: boolean): number => {
    const key = `${token}|${bordered ? 1 : 0}`;
    let id = ids.get(key);
    if (id === undefined) {
      const l: (typeof LOOKS)[StyleToken] & { bold?: boolean; size?: number; italic?: boolean; underline?: boolean; color?: string; fill?: string; wrap?: boolean } = LOOKS[token];
      const font = l.bold || l.size || l.italic || l.underline || l.color
        ? styles.addFont({ ...(l.bold ? { bold: true } : {}), ...(l.size ? { size: l.size } : {}), ...(l.italic ? { italic: true } : {}), ...(l.underline ? { underline: true } : {}), ...(l.color ? { color: argb(l.color) } : {}) })
        : 0;
      id = styles.addXf({
        fontId: font,
        fillId: l.fill ? styles.addFill(argb(l.fill)) : 0,
        borderId: bordered ? border : 0,
        numFmtId: styles.addNumFmt(l.format),
        align: l.align,
        ...(l.wrap ? { wrap: true } : {}),
      });
      ids.set(key, id);
    }
    return id;
  };
  const inTable = (r: number, c: number) => table.tables.some((a) => r >= a.top && r <= a.bottom && c >= a.left && c <= a.right);
  return (r, c) => {
    const cell = table.rows[r]?.[c];
    const bordered = inTable(r, c);
    if (!cell || (cell.v === null && cell.style === "text" && !bordered)) return 0;
    return xfOf(cell.style, bordered);
  };
}
