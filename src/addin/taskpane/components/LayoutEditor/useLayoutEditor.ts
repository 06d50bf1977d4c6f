// the header row and column mapping the engine detects on the top of the sheet, and the user's corrections
import { useEffect, useMemo, useState } from "react";
import type { Campaign, LayoutOverride, LayoutResult, MappedBy, SheetInput } from "../../../../engine/index.js";
import { columnLetter } from "../../../../engine/sheet/address.js";
import type { Engine } from "../../../shared/engine.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";
import { loadEngine } from "../../lazy.js";

export interface ColumnChoice {
  col: number;
  text: string;
}

export interface FieldRow {
  id: string;
  label: string;
  col: number; // 0 = none
  /** how the column was decided, when there is one */
  by?: MappedBy;
  /** the sheet whose code table its values are read through */
  lookup?: string;
}

function headerText(input: SheetInput, row: number, col: number): string {
  const r = input.rows[row - (input.rowOffset ?? 1)];
  const v = r?.[col - (input.colOffset ?? 1)];
  return v === null || v === undefined || typeof v === "object" ? "" : String(v).trim();
}

export function useLayoutEditor(campaign: Campaign, sheet: string, override: LayoutOverride | undefined, onOverride: (o: LayoutOverride | undefined) => void) {
  const { port, t, lang } = usePane();
  const [input, setInput] = useState<SheetInput | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);
  /** the workbook's other sheets, for the code tables a column's values may be read through */
  const [others, setOthers] = useState<SheetInput[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setInput(null);
    setError(null);
    setOthers([]);
    // the header and the other sheets' code tables in one Excel.run where the port can
    const read = port.readHeaderAndTables ? port.readHeaderAndTables(sheet) : port.readHeader(sheet).then((header) => ({ header, others: [] as SheetInput[] }));
    void Promise.all([read, loadEngine()]).then(
      ([{ header: i, others: o }, e]) => {
        if (!live) return;
        setInput(i);
        setEngine(e);
        setOthers(o);
      },
      (e: unknown) => live && setError(describeError(e, t)),
    );
    return () => {
      live = false;
    };
  }, [port, sheet, t]);

  const result: LayoutResult | null = useMemo(
    () => (input && engine ? engine.detectLayout(input, campaign, override, true, others.flatMap((o) => engine.lookupTables(o, true))) : null),
    [input, engine, campaign, override, others],
  );

  const fields: FieldRow[] = useMemo(() => {
    if (!engine) return [];
    const layout = result?.ok ? result.layout : null;
    const cols = layout?.columns ?? {};
    return engine
      .compileCampaign(campaign)
      .fields.filter((f) => f.id !== "rowNumber")
      .map((f) => {
        const by = cols[f.id] ? layout?.mappedBy?.[f.id] : undefined;
        const lookup = layout?.lookups?.[f.id]?.sheet;
        return { id: f.id, label: f.label[lang], col: cols[f.id] ?? 0, ...(by ? { by } : {}), ...(lookup ? { lookup } : {}) };
      });
  }, [engine, campaign, result, lang]);

  const columns: ColumnChoice[] = useMemo(() => {
    if (!input) return [];
    const width = Math.max(0, ...input.rows.map((r) => r.length));
    const first = input.colOffset ?? 1;
    const row = result?.ok ? result.layout.headerRow + result.layout.headerRows - 1 : null;
    return Array.from({ length: width }, (_, i) => {
      const col = first + i;
      const text = row ? headerText(input, row, col) || (result?.ok ? headerText(input, result.layout.headerRow, col) : "") : "";
      return { col, text: text ? `${columnLetter(col)} — ${text}` : columnLetter(col) };
    });
  }, [input, result]);

  const update = (o: LayoutOverride | undefined) => {
    onOverride(o);
    void port.saveLayout(sheet, o).catch(() => undefined); // a read-only workbook still checks with the correction
  };

  return {
    loading: !result && !error,
    error,
    result,
    fields,
    columns,
    setHeaderRow: (row: number) => update({ ...override, headerRow: row }),
    setColumn: (field: string, col: number) => update({ ...override, columns: { ...override?.columns, [field]: col } }),
    reset: () => update(undefined),
  };
}
