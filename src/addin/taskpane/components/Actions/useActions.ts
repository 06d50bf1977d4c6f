// "Tạo bảng tổng hợp" and "Xóa đánh dấu"
import { useState } from "react";
import type { Campaign, Report } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { describeError } from "../../describe.js";

export function useActions(report: Report | null, campaign: Campaign | null = null, onCleared: () => void = () => {}) {
  const { port, t, lang } = usePane();
  const [busy, setBusy] = useState<"summary" | "clear" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const wrap = async (which: "summary" | "clear", work: () => Promise<string>) => {
    setBusy(which);
    setDone(null);
    setError(null);
    try {
      setDone(await work());
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(null);
    }
  };

  return {
    busy,
    done,
    error,
    summary: () =>
      report &&
      wrap("summary", async () => t("actions.summaryDone", { name: await port.writeSummary(report, lang, campaign ?? undefined) })),
    clear: () =>
      wrap("clear", async () => {
        const out = await port.clearMarks();
        onCleared(); // the marks are gone: so is the list of what they marked
        const base = t("actions.clearDone", { count: out.restored });
        return out.skippedSheets.length ? `${base} ${t("actions.clearSkipped", { sheets: out.skippedSheets.join(", ") })}` : base;
      }),
  };
}
