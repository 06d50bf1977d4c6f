// "Kiểm tra": one check of the chosen sheet, with progress, its outcome, and failures as sentences
import type { i18n } from "i18next";
import { useCallback, useRef, useState } from "react";
import type { Campaign, Lang, LayoutOverride } from "../../../../engine/index.js";
import { toAddinError } from "../../../office/errors.js";
import type { CheckOutcome, CheckProgress, WorkbookPort } from "../../../port.js";

export interface CheckState {
  busy: boolean;
  progress: CheckProgress | null;
  outcome: CheckOutcome | null;
  error: { kind: string; detail: string } | null;
  run: () => Promise<void>;
  reset: () => void;
}

export function useCheck(port: WorkbookPort, campaign: Campaign | null, sheet: string | null, layout: LayoutOverride | undefined, lang: Lang): CheckState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [error, setError] = useState<CheckState["error"]>(null);
  const running = useRef(false);

  const run = useCallback(async () => {
    if (!campaign || !sheet || running.current) return;
    running.current = true;
    setBusy(true);
    setError(null);
    setOutcome(null);
    setProgress({ phase: "reading", done: 0, total: 0 });
    try {
      const req = layout ? { sheet, campaign, layout, lang } : { sheet, campaign, lang };
      setOutcome(await port.check(req, setProgress));
    } catch (e) {
      const err = toAddinError(e);
      setError({ kind: err.kind, detail: err.detail || err.kind });
    } finally {
      running.current = false;
      setBusy(false);
      setProgress(null);
    }
  }, [port, campaign, sheet, layout, lang]);

  const reset = useCallback(() => {
    setOutcome(null);
    setError(null);
  }, []);

  return { busy, progress, outcome, error, run, reset };
}

export function progressText(p: CheckProgress, t: i18n["t"]): string {
  const fmt = (n: number) => n.toLocaleString("vi-VN");
  return t(`check.${p.phase}`, { done: fmt(p.done), total: fmt(p.total) });
}
