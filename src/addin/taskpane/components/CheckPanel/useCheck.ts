// "Kiểm tra": one check of the chosen sheet, with progress, its outcome, and failures as sentences.
// A check can be stopped (the Stop button, a newer check, the pane closing or unmounting): its engine
// worker is terminated and nothing is marked, unless marking had already begun.
import type { i18n } from "i18next";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Campaign, Lang, LayoutOverride } from "../../../../engine/index.js";
import { loadEngine } from "../../../shared/engine.js";
import { loadPresets } from "../../lazy.js";
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
  /** the live re-check switch, and what the last re-check changed */
  live: boolean;
  setLive: (on: boolean) => void;
  delta: { added: number; removed: number } | null;
  /** bumps when a full check (not a live re-check) produced the outcome: where focus may move */
  checkId: number;
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
  const [live, setLive] = useState(true);
  const [delta, setDelta] = useState<CheckState["delta"]>(null);
  const [checkId, setCheckId] = useState(0);

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
      // the built-in presets (loaded with the picker already) to compare the sheet with: the wrong-campaign hint
      const candidates = await loadPresets().then((p) => p.PRESETS, () => undefined);
      if (ctl.signal.aborted) return;
      const req = { sheet, campaign, lang, ...(layout ? { layout } : {}), ...(history ? { history } : {}), ...(candidates ? { candidates } : {}) };
      const out = await port.check(req, (p) => mine() && setProgress(p), ctl.signal);
      if (mine()) {
        setChecked({ outcome: out, campaign });
        setDelta(null);
        setCheckId((n) => n + 1);
      }
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
    setDelta(null);
  }, []);

  // after each check, and when the switch moves: the port re-checks edits (or, off, only late ones)
  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => {
    if (checkId === 0 || !port.setLive) return;
    port.setLive(live, (u) => {
      if (u.kind === "rechecked") {
        setChecked((c) => (c ? { outcome: u.outcome, campaign: c.campaign } : c));
        setDelta({ added: u.added, removed: u.removed });
      } else if (u.kind === "structural") void runRef.current();
      else {
        const err = toAddinError(u.error);
        setError({ kind: err.kind, detail: err.detail || err.kind });
      }
    });
  }, [port, live, checkId]);

  // the results go in the same render as the check they belong to: after reset ("Xóa đánh dấu") no frame still
  // shows the old findings while the localising effect catches up
  return { busy, progress, outcome: checked ? outcome : null, campaign: checked?.campaign ?? null, error, stopped, run, stop, reset, live, setLive, delta, checkId };
}

export function progressText(p: CheckProgress, t: i18n["t"]): string {
  return t(`check.${p.phase}`, { done: p.done, total: p.total }); // t puts the language's thousands separators in
}
