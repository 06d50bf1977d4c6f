// edits made while a check runs: the event only says where, so the rows it names are read again
import type { CellValue, SheetInput } from "../../engine/index.js";
import { convertBlock } from "./convert.js";
import { parseArea, splitAreas } from "../shared/address.js";

export interface Change {
  address: string;
  changeType: string;
}

const STRUCTURAL = new Set(["RowInserted", "RowDeleted", "ColumnInserted", "ColumnDeleted", "CellInserted", "CellDeleted"]);

export function isStructural(changes: readonly Change[]): boolean {
  return changes.some((c) => STRUCTURAL.has(c.changeType));
}

/** 1-based inclusive row spans touched by the changes, merged; null when a change names whole columns */
export function changedRows(changes: readonly Change[]): [number, number][] | null {
  const spans: [number, number][] = [];
  for (const c of changes) {
    for (const a of splitAreas(c.address)) {
      if (/^\$?[A-Za-z]+:\$?[A-Za-z]+$/.test(a.split("!").pop() ?? "")) return null;
      const wholeRows = /^\$?(\d+):\$?(\d+)$/.exec(a.split("!").pop() ?? "");
      if (wholeRows) {
        spans.push([Number(wholeRows[1]), Number(wholeRows[2])]);
        continue;
      }
      const r = parseArea(a);
      if (r) spans.push([r.top, r.bottom]);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/** queues the re-read of the changed rows (inside the used range); apply() patches the input after sync */
export function queueReread(
  ws: Excel.Worksheet,
  input: SheetInput,
  columnIndex: number,
  columnCount: number,
  spans: readonly [number, number][],
): { cells: number; apply(): void } {
  const first = input.rowOffset ?? 1;
  const jobs = spans
    .map(([a, b]) => [Math.max(a, first), b] as const)
    .filter(([a, b]) => a <= b)
    .map(([a, b]) => {
      const range = ws.getRangeByIndexes(a - 1, columnIndex, b - a + 1, columnCount);
      range.load("values,valueTypes");
      return { a, b, range };
    });
  const cells = jobs.reduce((n, j) => n + (j.b - j.a + 1) * columnCount, 0);
  return {
    cells,
    apply() {
      for (const { a, range } of jobs) {
        const errors = new Set<string>();
        range.valueTypes.forEach((row, i) =>
          row.forEach((t, j) => {
            if (t === "Error") errors.add(`${a + i}:${columnIndex + 1 + j}`);
          }),
        );
        const block: CellValue[][] = convertBlock(range.values, a, columnIndex + 1, errors);
        while (input.rows.length < a - first) input.rows.push([]); // rows typed below the old end
        block.forEach((row, i) => (input.rows[a - first + i] = row));
      }
    },
  };
}
