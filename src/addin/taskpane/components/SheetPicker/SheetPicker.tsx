// "Trang tính": which sheet to check
import { Button, Dropdown, Field, Option, Spinner } from "@fluentui/react-components";
import { useId } from "react";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useSheetPickerStyles } from "./SheetPicker.styles.js";
import { useSheetPicker } from "./useSheetPicker.js";

export function SheetPicker({ sheet, onChoose }: { sheet: string | null; onChoose: (s: string | null) => void }) {
  const { t } = usePane();
  const s = useSectionStyles();
  const styles = useSheetPickerStyles();
  const pick = useSheetPicker(sheet, onChoose);
  const headingId = useId();
  const label = (name: string, prot: boolean) => (prot ? `${name} (${t("sheet.protected")})` : name);
  const current = pick.sheets?.find((x) => x.name === sheet);

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t("sheet.heading")}
      </h2>
      {pick.sheets === null && !pick.error ? (
        <Spinner size="tiny" label={t("app.loading")} />
      ) : (
        <div className={styles.row}>
          <Field className={styles.field} label={t("sheet.label")} {...(pick.sheets?.length === 0 ? { validationMessage: t("sheet.none") } : {})}>
            <Dropdown
              className={styles.dropdown}
              value={current ? label(current.name, current.protected) : ""}
              selectedOptions={sheet ? [sheet] : []}
              onOptionSelect={(_e, d) => d.optionValue && onChoose(d.optionValue)}
            >
              {(pick.sheets ?? []).map((x) => (
                <Option key={x.id} value={x.name} text={label(x.name, x.protected)}>
                  {label(x.name, x.protected)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button className={styles.refresh} size="medium" appearance="subtle" onClick={() => void pick.refresh()} aria-label={t("sheet.refresh")} title={t("sheet.refresh")}>
            ↻
          </Button>
        </div>
      )}
      <ErrorBar text={pick.error} />
    </section>
  );
}
