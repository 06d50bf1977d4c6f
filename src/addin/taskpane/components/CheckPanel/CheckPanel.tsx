// the Check button, its progress and what the check had to say (notices), announced politely
import { Button, Caption1, Field, MessageBar, MessageBarBody, ProgressBar, Switch, Text } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import type { Notice } from "../../../port.js";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { HintBars } from "../Notices/HintBars.js";
import { useSectionStyles } from "../section.styles.js";
import { useCheckPanelStyles } from "./CheckPanel.styles.js";
import { type CheckState, progressText } from "./useCheck.js";

function noticeText(n: Notice, t: ReturnType<typeof usePane>["t"]): string {
  const { kind, ...data } = n;
  const vars: Record<string, unknown> = { ...data };
  if ("lookedFor" in n) vars["lookedFor"] = n.lookedFor.join(", ");
  return t(`notice.${kind}`, vars);
}

/** `onUseCampaign`: the user's own switch to the campaign a hint names (the pane never switches by itself) */
export function CheckPanel({ check, ready, onUseCampaign }: { check: CheckState; ready: boolean; onUseCampaign?: (id: string) => void }) {
  const { t } = usePane();
  const s = useSectionStyles();
  const styles = useCheckPanelStyles();
  const o = check.outcome;
  const p = check.progress;
  // the Stop button goes away once the check stops: focus returns to Check, not to the page
  const buttons = useRef<HTMLDivElement>(null);
  const liveHintId = useId();
  useEffect(() => {
    if (check.stopped) buttons.current?.querySelector("button")?.focus();
  }, [check.stopped]);
  return (
    <section className={s.section} aria-label={t("check.run")}>
      <div className={styles.buttons} ref={buttons}>
        <Button appearance="primary" className={styles.button} disabled={!ready || check.busy} onClick={() => void check.run()}>
          {check.busy ? t("check.running") : t("check.run")}
        </Button>
        {check.busy && p?.phase !== "marking" && (
          <Button appearance="secondary" onClick={check.stop} aria-label={t("check.stopLabel")}>
            {t("check.stop")}
          </Button>
        )}
      </div>
      {!ready && !check.busy && <Caption1 className={s.hint}>{t("check.needCampaign")}</Caption1>}
      <Switch checked={check.live} onChange={(_e, d) => check.setLive(d.checked)} label={t("check.live")} aria-describedby={liveHintId} />
      <Caption1 id={liveHintId} className={s.hint}>
        {t("check.liveHint")}
      </Caption1>
      <div role="status" aria-live="polite" className={styles.progress}>
        {p && (
          <Field validationMessage={progressText(p, t)} validationState="none">
            <ProgressBar {...(p.total > 0 ? { value: p.done / p.total } : {})} thickness="large" aria-label={progressText(p, t)} />
          </Field>
        )}
        {check.stopped && <Text>{t("check.stopped")}</Text>}
        {o && (
          <Text className={styles.result}>
            {o.report.findings.length === 0
              ? t("check.clean")
              : t("check.result", { rows: o.report.totals.rows, errors: o.report.totals.errors, warnings: o.report.totals.warnings })}
          </Text>
        )}
        {check.delta && <Text>{t("check.liveDelta", check.delta)}</Text>}
      </div>
      {o?.notices.map((n, i) => (
        <MessageBar key={i} intent={n.kind === "edited-during-check" ? "info" : "warning"} layout="multiline">
          <MessageBarBody>{noticeText(n, t)}</MessageBarBody>
        </MessageBar>
      ))}
      <HintBars hints={o?.report.hints ?? []} onUse={onUseCampaign} />
      <ErrorBar text={check.error ? t(`errors.${check.error.kind}`, { detail: check.error.detail }) : null} />
    </section>
  );
}
