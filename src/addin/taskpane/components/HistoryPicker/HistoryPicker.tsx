// "Lịch sử khen thưởng": other sheets of the workbook holding past decisions, for the yearly round's streaks
import { Button, Caption1, Checkbox, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useHistoryPicker } from "./useHistoryPicker.js";

export function HistoryPicker({ sheet, chosen, onChoose }: { sheet: string | null; chosen: string[]; onChoose: (names: string[]) => void }) {
  const { t } = usePane();
  const s = useSectionStyles();
  const pick = useHistoryPicker(sheet, chosen, onChoose);
  const headingId = useId();
  return (
    <section className={s.section} aria-labelledby={headingId}>
      <div className={s.row}>
        <h2 id={headingId} className={s.heading}>
          {t("history.heading")}
        </h2>
        <Button size="small" appearance="subtle" onClick={() => void pick.refresh()} aria-label={t("history.refresh")} title={t("history.refresh")}>
          ↻
        </Button>
      </div>
      <Caption1 className={s.hint}>{t("history.hint")}</Caption1>
      {pick.candidates === null && !pick.error ? (
        <Spinner size="tiny" label={t("app.loading")} />
      ) : pick.candidates?.length === 0 ? (
        <Caption1>{t("history.none")}</Caption1>
      ) : (
        <div role="group" aria-labelledby={headingId}>
          {(pick.candidates ?? []).map((c) => (
            <Checkbox
              key={c.name}
              checked={chosen.includes(c.name)}
              onChange={(_e, d) => pick.toggle(c.name, d.checked === true)}
              label={c.year !== null ? t("history.declared", { name: c.name, year: c.year }) : c.name}
            />
          ))}
        </div>
      )}
      <ErrorBar text={pick.error} />
    </section>
  );
}
