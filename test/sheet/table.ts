// recognition tables: [header, values] -> field | none, each case a small sheet around the column tested
import { describe, expect, it } from "vitest";
import { detectLayout, type CellValue, type Layout, type MappedBy, type SheetInput } from "../../src/engine/index.js";
import { lookupTables } from "../../src/engine/sheet/lookup.js";
import { campaign } from "../engine/helpers.js";

export const general = campaign({ rules: [{ kind: "required", id: "req", fields: ["name"] }] });

/** the columns around the one tested, each left out when the case is about its field */
const ANCHORS: { field: string; header: string; value: (i: number) => CellValue }[] = [
  { field: "rowNumber", header: "STT", value: (i) => i + 1 },
  { field: "name", header: "Họ và tên", value: (i) => `Nguyễn Văn ${String.fromCharCode(65 + i)}` },
  { field: "awardForm", header: "Hình thức khen thưởng", value: () => "Giấy khen" },
];

export interface RecognitionCase {
  header: string;
  values: readonly CellValue[];
  /** the field the column is read as, or null when it is none of them */
  field: string | null;
  /** how: header, content */
  by?: MappedBy;
  /** more columns placed before the tested one: [header, values] */
  before?: readonly (readonly [string, readonly CellValue[]])[];
  /** other sheets of the workbook (lookup tables) */
  others?: SheetInput[];
}

export function layoutOf(c: RecognitionCase): { layout: Layout | null; col: number } {
  const skip = new Set([c.field]);
  const anchors = ANCHORS.filter((a) => !skip.has(a.field));
  const before = c.before ?? [];
  const n = Math.max(c.values.length, ...before.map((b) => b[1].length), 1);
  const header = [...anchors.map((a) => a.header), ...before.map((b) => b[0]), c.header];
  const rows: CellValue[][] = [["DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG"], [null], header];
  for (let i = 0; i < n; i++) rows.push([...anchors.map((a) => a.value(i)), ...before.map((b) => b[1][i] ?? null), c.values[i] ?? null]);
  const col = header.length;
  const input: SheetInput = { name: "DS", rows };
  const r = detectLayout(input, general, undefined, false, (c.others ?? []).flatMap((o) => lookupTables(o)));
  return { layout: r.ok ? r.layout : null, col };
}

export function recognitionTable(title: string, cases: readonly RecognitionCase[]): void {
  describe(title, () => {
    for (const c of cases)
      it(`[${JSON.stringify(c.header)}, ${JSON.stringify(c.values.slice(0, 3))}] → ${c.field ?? "none"}`, () => {
        const { layout, col } = layoutOf(c);
        expect(layout).not.toBeNull();
        const fields = Object.entries(layout!.columns)
          .filter(([, k]) => k === col)
          .map(([f]) => f);
        if (c.field === null) expect(fields).toEqual([]);
        else {
          expect(fields).toContain(c.field);
          if (c.by) expect(layout!.mappedBy?.[c.field]).toBe(c.by);
        }
      });
  });
}
