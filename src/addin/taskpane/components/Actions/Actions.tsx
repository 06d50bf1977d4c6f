// the summary sheet and clearing the marks
import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import type { Campaign, Report } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useActionsStyles } from "./Actions.styles.js";
import { useActions } from "./useActions.js";

/** `canClear`: a check ran, or the workbook holds marks from before; `onCleared` drops the old findings */
export function Actions({ report, campaign, disabled, canClear, onCleared }: { report: Report | null; campaign: Campaign | null; disabled: boolean; canClear: boolean; onCleared: () => void }) {
  const { t } = usePane();
  const s = useSectionStyles();
  const styles = useActionsStyles();
  const act = useActions(report, campaign, onCleared);
  const headingId = useId();
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t("actions.heading")}
      </h2>
      <div className={styles.buttons}>
        <Button disabled={disabled || !report || act.busy !== null} onClick={() => void act.summary()} {...(act.busy === "summary" ? { icon: <Spinner size="tiny" /> } : {})}>
          {t("actions.summary")}
        </Button>
        <Button disabled={disabled || !canClear || act.busy !== null} onClick={() => void act.clear()} {...(act.busy === "clear" ? { icon: <Spinner size="tiny" /> } : {})}>
          {t("actions.clear")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {act.done && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{act.done}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ErrorBar text={act.error} />
    </section>
  );
}
