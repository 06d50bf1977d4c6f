// "Kiểm tra": one check of the chosen sheet, with progress, its outcome, and failures as sentences.
// A check can be stopped (the Stop button, a newer check, the pane closing or unmounting): its engine
// worker is terminated and nothing is marked, unless marking had already begun.
import type { i18n } from "i18next";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Campaign, Lang, LayoutOverride } from "../../../../engine/index.js";
import { loadEngine } from "../../../shared/engine.js";
import { toAddinError } from "../../../shared/errors.js";
import type { CheckOutcome, CheckProgress, WorkbookPort } from "../../../port.js";

export interface CheckState {
  busy: boolean;
  progress: CheckProgress | null;
  /** the last check's outcome, its report rendered in the pane's current language (no new check) */
  outcome: CheckOutcome | null;
  /** the campaign the outcome was checked against */
  campaign: Campaign | null;
  error: { kind: string; detail: string } | null;
  /** the last check was stopped before it marked anything */
  stopped: boolean;
  run: () => Promise<void>;
  stop: () => void;
  reset: () => void;
}

interface Running {
  ctl: AbortController;
  done: Promise<void>;
}

export function useCheck(
  port: WorkbookPort,
  campaign: Campaign | null,
  sheet: string | null,
  layout: LayoutOverride | undefined,
  lang: Lang,
  /** the yearly round's history sheets, when the campaign reads one */
  history?: string[],
): CheckState {
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const [checked, setChecked] = useState<{ outcome: CheckOutcome; campaign: Campaign } | null>(null);
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [error, setError] = useState<CheckState["error"]>(null);
  const [stopped, setStopped] = useState(false);
  const current = useRef<Running | null>(null);

  const run = useCallback(async () => {
    if (!campaign || !sheet) return;
    // a new check stops the running one and waits until it has let go of the workbook
    const previous = current.current;
    previous?.ctl.abort();
    const ctl = new AbortController();
    let finished = () => {};
    const me: Running = { ctl, done: new Promise<void>((r) => (finished = r)) };
    current.current = me;
    const mine = () => current.current === me;
    setBusy(true);
    setError(null);
    setStopped(false);
    setChecked(null);
    setProgress({ phase: "reading", done: 0, total: 0 });
    try {
      await previous?.done;
      if (ctl.signal.aborted) return;
      const req = { sheet, campaign, lang, ...(layout ? { layout } : {}), ...(history ? { history } : {}) };
      const out = await port.check(req, (p) => mine() && setProgress(p), ctl.signal);
      if (mine()) setChecked({ outcome: out, campaign });
    } catch (e) {
      const err = toAddinError(e);
      if (!mine()) return;
      if (err.kind === "cancelled") setStopped(true);
      else setError({ kind: err.kind, detail: err.detail || err.kind });
    } finally {
      finished();
      if (mine()) {
        current.current = null;
        setBusy(false);
        setProgress(null);
      }
    }
  }, [port, campaign, sheet, layout, lang, history]);

  const stop = useCallback(() => current.current?.ctl.abort(), []);

  // findings are language-neutral: a switch of language renders them again, without checking again
  useEffect(() => {
    if (!checked) return setOutcome(null);
    let live = true;
    void loadEngine().then(
      (engine) => live && setOutcome({ ...checked.outcome, report: engine.localizeReport(checked.outcome.report, checked.campaign, lang) }),
      () => live && setOutcome(checked.outcome),
    );
    return () => {
      live = false;
    };
  }, [checked, lang]);

  // closing the pane (or unmounting it) terminates a running engine worker
  useEffect(() => {
    const onHide = () => current.current?.ctl.abort();
    window.addEventListener("pagehide", onHide);
    return () => {
      window.removeEventListener("pagehide", onHide);
      onHide();
    };
  }, []);

  const reset = useCallback(() => {
    setChecked(null);
    setError(null);
    setStopped(false);
  }, []);

  return { busy, progress, outcome, campaign: checked?.campaign ?? null, error, stopped, run, stop, reset };
}

export function progressText(p: CheckProgress, t: i18n["t"]): string {
  const fmt = (n: number) => n.toLocaleString("vi-VN");
  return t(`check.${p.phase}`, { done: fmt(p.done), total: fmt(p.total) });
}
