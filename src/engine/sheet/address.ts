// A1-style addresses

export function columnLetter(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** a rectangle of cells, 1-based worksheet coordinates, inclusive */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL_REF = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** "B12" or "$B$12" -> { row: 12, col: 2 } */
export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = CELL_REF.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1] as string) };
}

/** strips an optional sheet prefix: "'Danh sách'!B2:C3" -> "B2:C3" */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** one area ("B2", "B2:C3", "$B$2", sheet-qualified or not) to a rectangle: the one A1 parser */
export function parseArea(address: string): Rect | null {
  const [a, b] = stripSheet(address).split(":");
  const p = a ? parseCellRef(a) : null;
  const q = b ? parseCellRef(b) : p;
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** always quoted: Excel accepts quotes around any sheet name */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
