// "Dòng tiêu đề và cột": what the engine found at the top of the sheet, correctable by the user
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
} from "@fluentui/react-components";
import type { Campaign, LayoutOverride } from "../../../../engine/index.js";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useLayoutEditorStyles } from "./LayoutEditor.styles.js";
import { useLayoutEditor, type FieldRow } from "./useLayoutEditor.js";

export interface LayoutEditorProps {
  campaign: Campaign;
  sheet: string;
  override: LayoutOverride | undefined;
  onOverride: (o: LayoutOverride | undefined) => void;
}

export default function LayoutEditor({ campaign, sheet, override, onOverride }: LayoutEditorProps) {
  const { t } = usePane();
  const s = useSectionStyles();
  const styles = useLayoutEditorStyles();
  const ed = useLayoutEditor(campaign, sheet, override, onOverride);
  if (ed.error) return <ErrorBar text={ed.error} />;
  if (ed.loading || !ed.result) return <Spinner size="tiny" label={t("layout.detecting")} />;
  const r = ed.result;
  const found = r.ok ? Object.keys(r.layout.columns).length : 0;
  const summary = r.ok ? t("layout.summary", { row: r.layout.headerRow, count: found }) : t("layout.heading");

  return (
    <section className={s.section} aria-label={t("layout.heading")}>
      {!r.ok && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {r.reason === "empty" ? t("layout.empty") : r.reason === "not-a-list" ? t("layout.notAList") : t("layout.noHeader", { lookedFor: r.lookedFor.join(", ") })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible defaultOpenItems={r.ok ? [] : ["layout"]}>
        <AccordionItem value="layout">
          <AccordionHeader size="small">{summary}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <Field label={t("layout.headerRow")}>
              <Input
                className={styles.row}
                type="number"
                min={1}
                value={String(override?.headerRow ?? (r.ok ? r.layout.headerRow : ""))}
                onChange={(_e, d) => {
                  const n = Number(d.value);
                  if (Number.isInteger(n) && n >= 1) ed.setHeaderRow(n);
                }}
              />
            </Field>
            {(r.ok || r.reason === "not-a-list") && (
              <div className={styles.grid} role="group" aria-label={t("layout.column")}>
                {ed.fields.map((f) => (
                  <FieldSelect key={f.id} field={f} columns={ed.columns} onChange={(c) => ed.setColumn(f.id, c)} />
                ))}
              </div>
            )}
            {override && (
              <Button size="small" onClick={ed.reset}>
                {t("layout.reset")}
              </Button>
            )}
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </section>
  );
}

/** "B — Họ và tên / Tên tập thể" -> "B — Họ và tên / Tên…": the select stays one line at 350 px; the full header shows beneath */
function shortColumn(text: string, max = 24): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function FieldSelect({ field, columns, onChange }: { field: FieldRow; columns: { col: number; text: string }[]; onChange: (c: number) => void }) {
  const { t } = usePane();
  const styles = useLayoutEditorStyles();
  const id = `layout-${field.id}`;
  const chosen = columns.find((c) => c.col === field.col);
  return (
    <>
      <label htmlFor={id} className={styles.label}>
        {field.label}
        {field.by && <Caption1 className={styles.by}>{[t(`layout.by.${field.by}`), field.lookup ? t("layout.lookup", { sheet: field.lookup }) : ""].filter(Boolean).join(" · ")}</Caption1>}
      </label>
      <div className={styles.pick}>
      <Select id={id} size="small" value={String(field.col)} onChange={(_e, d) => onChange(Number(d.value))} aria-label={t("layout.mappingLabel", { field: field.label })} {...(chosen && chosen.text !== shortColumn(chosen.text) ? { "aria-describedby": `${id}-full` } : {})}>
        <option value="0">{t("layout.noColumn")}</option>
        {columns.map((c) => (
          <option key={c.col} value={String(c.col)} title={c.text}>
            {shortColumn(c.text)}
          </option>
        ))}
      </Select>
      {chosen && chosen.text !== shortColumn(chosen.text) && (
        <Caption1 id={`${id}-full`} block className={styles.full}>
          {chosen.text}
        </Caption1>
      )}
      </div>
    </>
  );
}
