// sets the style of chosen cells in a worksheet's xml, adding empty cells (and rows) where needed;
// every other byte of the part is copied as it was
import { cellAddress, columnNumber } from "../../engine/core.js";
import { attrs } from "../ooxml/xml.js";

export interface Target {
  row: number;
  col: number;
}

/** newStyle(oldXf, target) -> the cell format index to use */
export type Restyle<T extends Target> = (oldXf: number, target: T) => number;

interface ColStyle {
  min: number;
  max: number;
  style: number;
}

const ROW = /<((?:[\w.-]+:)?)row\b[^>]*>/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(\/>|>[\s\S]*?<\/(?:[\w.-]+:)?c>)/g;

function colStyles(head: string): ColStyle[] {
  return (head.match(/<(?:[\w.-]+:)?col\b[^>]*>/g) ?? [])
    .map((t) => attrs(t))
    .filter((a) => a["style"] !== undefined)
    .map((a) => ({ min: Number(a["min"]), max: Number(a["max"]), style: Number(a["style"]) }));
}

function setStyleAttr(tag: string, s: number): string {
  if (/\ss\s*=\s*"[^"]*"/.test(tag)) return tag.replace(/(\s)s\s*=\s*"[^"]*"/, (_, sp: string) => `${sp}s="${s}"`);
  return tag.replace(/\s*(\/?>)$/, (_, end: string) => ` s="${s}"${end}`);
}

function byRow<T extends Target>(targets: Iterable<T>): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const t of targets) {
    const list = m.get(t.row);
    if (list) list.push(t);
    else m.set(t.row, [t]);
  }
  for (const list of m.values()) list.sort((a, b) => a.col - b.col);
  return m;
}

export function restyleCells<T extends Target>(xml: string, targets: Iterable<T>, restyle: Restyle<T>): string {
  const rows = byRow(targets);
  if (!rows.size) return xml;
  const sd = /<((?:[\w.-]+:)?)sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!sd) throw new Error("worksheet without sheetData");
  const p = sd[1] ?? "";
  const cols = colStyles(xml.slice(0, sd.index));
  const baseXf = (col: number, rowXf: number | undefined) => rowXf ?? cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const newCell = (t: T, rowXf: number | undefined) => `<${p}c r="${cellAddress(t.row, t.col)}" s="${restyle(baseXf(t.col, rowXf), t)}"/>`;
  const newRow = (r: number, list: T[]) => `<${p}row r="${r}">${list.map((t) => newCell(t, undefined)).join("")}</${p}row>`;

  const out: string[] = [];
  const bodyStart = sd.index + sd[0].length;
  const pending = [...rows.keys()].sort((a, b) => a - b);
  let pi = 0;
  if (sd[2] === "/") {
    const body = pending.map((r) => newRow(r, rows.get(r)!)).join("");
    return xml.slice(0, sd.index) + `<${p}sheetData>${body}</${p}sheetData>` + xml.slice(bodyStart);
  }
  const closeTag = `</${p}sheetData>`;
  const bodyEnd = xml.indexOf(closeTag, bodyStart);
  if (bodyEnd < 0) throw new Error("unclosed sheetData");
  let copied = 0;
  let rowNo = 0;
  ROW.lastIndex = bodyStart;
  for (let m = ROW.exec(xml); m && m.index < bodyEnd; m = ROW.exec(xml)) {
    const tag = m[0];
    const r = /\sr\s*=\s*"(\d+)"/.exec(tag);
    rowNo = r ? Number(r[1]) : rowNo + 1;
    // rows to add before this one
    while (pi < pending.length && pending[pi]! < rowNo) {
      out.push(xml.slice(copied, m.index), newRow(pending[pi]!, rows.get(pending[pi]!)!));
      copied = m.index;
      pi++;
    }
    const list = rows.get(rowNo);
    if (!list) continue;
    if (pending[pi] === rowNo) pi++;
    const selfClosing = tag.endsWith("/>");
    const contentStart = m.index + tag.length;
    const rowClose = `</${m[1] ?? ""}row>`;
    const contentEnd = selfClosing ? contentStart : xml.indexOf(rowClose, contentStart);
    const ra = attrs(tag);
    const rowXf = ra["s"] !== undefined && (ra["customFormat"] === "1" || ra["customFormat"] === "true") ? Number(ra["s"]) : undefined;
    const content = rewriteRow(xml.slice(contentStart, contentEnd), list, rowXf, restyle, newCell);
    let open = selfClosing ? tag.replace(/\s*\/>$/, ">") : tag;
    const spans = /\sspans\s*=\s*"(\d+):(\d+)"/.exec(open);
    if (spans) {
      const lo = Math.min(Number(spans[1]), list[0]!.col);
      const hi = Math.max(Number(spans[2]), list[list.length - 1]!.col);
      open = open.replace(spans[0], () => ` spans="${lo}:${hi}"`);
    }
    out.push(xml.slice(copied, m.index), open, content, rowClose);
    copied = selfClosing ? contentStart : contentEnd + rowClose.length;
    ROW.lastIndex = copied;
  }
  out.push(xml.slice(copied, bodyEnd));
  while (pi < pending.length) out.push(newRow(pending[pi]!, rows.get(pending[pi]!)!)), pi++;
  out.push(xml.slice(bodyEnd));
  return out.join("");
}

function rewriteRow<T extends Target>(
  content: string,
  list: T[],
  rowXf: number | undefined,
  restyle: Restyle<T>,
  newCell: (t: T, rowXf: number | undefined) => string,
): string {
  const want = new Map(list.map((t) => [t.col, t]));
  const out: string[] = [];
  let copied = 0;
  let col = 0;
  let li = 0;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(content); m; m = CELL.exec(content)) {
    const ref = /\sr\s*=\s*"\$?([A-Za-z]+)\$?\d+"/.exec(m[1] ?? "");
    col = ref ? columnNumber(ref[1]!) : col + 1;
    while (li < list.length && list[li]!.col < col) out.push(content.slice(copied, m.index), newCell(list[li]!, rowXf)), (copied = m.index), li++;
    const t = want.get(col);
    if (!t) continue;
    if (list[li] === t) li++;
    const tagEnd = m.index + 2 + (m[0].slice(1).search(/>/) ?? 0);
    const tag = content.slice(m.index, tagEnd);
    const old = /\ss\s*=\s*"(\d+)"/.exec(tag);
    out.push(content.slice(copied, m.index), setStyleAttr(tag, restyle(old ? Number(old[1]) : 0, t)));
    copied = tagEnd;
  }
  out.push(content.slice(copied));
  while (li < list.length) out.push(newCell(list[li]!, rowXf)), li++;
  return out.join("");
}
