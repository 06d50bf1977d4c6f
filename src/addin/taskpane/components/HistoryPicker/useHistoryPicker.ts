// the workbook's other sheets that may hold past award decisions: those whose title declares one (with its year)
// are ticked at first; the user adds or removes any
import { useCallback, useEffect, useState } from "react";
import { declaredHistoryYear } from "../../../../engine/index.js";
import type { SheetInfo } from "../../../port.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";

export interface HistoryCandidate {
  name: string;
  /** the year its title names, when it declares itself a decision */
  year: number | null;
}

export function useHistoryPicker(sheet: string | null, chosen: string[], onChoose: (names: string[]) => void) {
  const { port, t } = usePane();
  const [candidates, setCandidates] = useState<HistoryCandidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    try {
      const others = (await port.listSheets()).filter((s: SheetInfo) => s.name !== sheet);
      const list: HistoryCandidate[] = [];
      // one small read per sheet (its top rows): a workbook has few sheets
      for (const s of others) list.push({ name: s.name, year: declaredHistoryYear(await port.readHeader(s.name)) });
      setCandidates(list);
      const kept = chosen.filter((n) => list.some((c) => c.name === n));
      onChoose(kept.length ? kept : list.filter((c) => c.year !== null).map((c) => c.name));
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [port, sheet, chosen, onChoose, t]);

  useEffect(() => {
    void refresh();
    // again when the checked sheet changes; the refresh button reloads
  }, [port, sheet]);

  const toggle = useCallback(
    (name: string, on: boolean) => onChoose(on ? [...chosen.filter((n) => n !== name), name] : chosen.filter((n) => n !== name)),
    [chosen, onChoose],
  );

  return { candidates, error, refresh, toggle };
}
