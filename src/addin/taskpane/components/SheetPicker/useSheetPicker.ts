// the workbook's sheets (visible ones, without the add-in's own), the active one first chosen
import { useCallback, useEffect, useState } from "react";
import type { SheetInfo } from "../../../port.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";

export function useSheetPicker(sheet: string | null, onChoose: (s: string | null) => void) {
  const { port, t } = usePane();
  const [sheets, setSheets] = useState<SheetInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    setError(null);
    try {
      const list = await port.listSheets();
      setSheets(list);
      if (!sheet || !list.some((s) => s.name === sheet)) {
        const pick = list.find((s) => s.active) ?? list[0];
        onChoose(pick ? pick.name : null);
      }
    } catch (e) {
      setError(describeError(e, t));
    }
  }, [port, sheet, onChoose, t]);

  useEffect(() => {
    void refresh();
    // once per pane; the refresh button reloads
  }, [port]);

  return { sheets, error, refresh };
}
