// the campaign editor: a plan turned into rules without JSON; in the task pane (lazy) or in editor.html
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useId, useMemo, useRef, useState } from "react";
import type { Campaign, Lang } from "../../../../engine/index.js";
import { ColumnsSection } from "./ColumnsSection.js";
import { EditorContext, type EditorContextValue, type EditorHost } from "./context.js";
import { DatesSection } from "./DatesSection.js";
import { useEditorStyles } from "./Editor.styles.js";
import { ErrorSummary, sectionOf } from "./ErrorSummary.js";
import { editedRules, OtherRules } from "./OtherRules.js";
import { PlanSection } from "./PlanSection.js";
import { QuotaSection } from "./QuotaSection.js";
import { Start } from "./Start.js";
import { fill } from "./strings.js";
import { ThresholdSection } from "./ThresholdSection.js";
import { TryPanel } from "./TryPanel.js";
import { useEditor } from "./useEditor.js";
import { WhoSection } from "./WhoSection.js";

export interface EditorProps {
  host: EditorHost;
  lang: Lang;
  /** a language switch of the editor's own (outside the pane, which has its own) */
  onLang?: (lang: Lang) => void;
  /** "Sửa kế hoạch": the campaign to edit; null starts with "Tạo kế hoạch mới" */
  initial: Campaign | null;
  onClose?: () => void;
  onSaved?: (campaign: Campaign) => void;
}

export default function Editor({ host, lang, onLang, initial, onClose, onSaved }: EditorProps) {
  const styles = useEditorStyles();
  const ed = useEditor(host, lang, initial, onSaved);
  const { s, draft, validation } = ed;
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const ctx = useMemo<EditorContextValue | null>(
    () => (draft && validation ? { s, lang, draft, errors: validation.errors, update: ed.update, change: ed.change, shown: ed.shown, touch: ed.touch } : null),
    [s, lang, draft, validation, ed.update, ed.change, ed.shown, ed.touch],
  );
  const edited = useMemo(() => (draft ? editedRules(draft) : new Set<number>()), [draft]);
  const other = draft ? draft.rules.map((_r, i) => i).filter((i) => !edited.has(i)) : [];
  const [openItems, setOpenItems] = useState<string[]>(["plan"]);
  const valid = !!validation?.campaign;

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <div className={styles.head}>
        <h2 id={headingId} className={styles.title}>
          {initial ? s.editPlan : s.newPlan}
        </h2>
        <div className={styles.row}>
          {onLang && (
            <Button size="small" appearance="subtle" lang={lang === "vi" ? "en" : "vi"} aria-label={s.languageLabel} onClick={() => onLang(lang === "vi" ? "en" : "vi")}>
              {s.language}
            </Button>
          )}
          {onClose && (
            <Button size="small" onClick={onClose}>
              {s.back}
            </Button>
          )}
        </div>
      </div>
      {!ctx || !draft ? (
        <Start host={host} s={s} lang={lang} onStart={(st) => void ed.begin(st)} />
      ) : (
        <EditorContext.Provider value={ctx}>
          <Accordion multiple collapsible openItems={openItems} onToggle={(_e, d) => setOpenItems(d.openItems as string[])}>
            {(
              [
                ["plan", s.sections.plan, <PlanSection key="p" idTouched={ed.idTouched} onIdTouched={() => ed.setIdTouched(true)} />],
                ["who", s.sections.who, <WhoSection key="w" />],
                ["thresholds", s.sections.thresholds, <ThresholdSection key="t" />],
                ["quotas", s.sections.quotas, <QuotaSection key="q" />],
                ["dates", s.sections.dates, <DatesSection key="d" />],
                ["columns", s.sections.columns, <ColumnsSection key="c" />],
                ...(other.length ? [["other", s.sections.other, <OtherRules key="o" indexes={other} />] as const] : []),
              ] as const
            ).map(([value, title, body]) => (
              <AccordionItem key={value} value={value} data-section={value}>
                <AccordionHeader as="h3" size="medium">
                  {title}
                </AccordionHeader>
                <AccordionPanel>
                  <div className={styles.panel}>{body}</div>
                </AccordionPanel>
              </AccordionItem>
            ))}
          </Accordion>
          <div className={styles.actions} aria-label={s.title} role="region" data-actions>
            {valid ? (
              <Caption1 role="status">{fill(s.actions.ok, { n: validation.campaign!.rules.length })}</Caption1>
            ) : (
              <ErrorSummary errors={validation!.errors} draft={draft} s={s} lang={lang} onGo={(path) => {
                  ed.touch(path);
                  const sec = sectionOf(path, draft, edited);
                  setOpenItems((o) => (o.includes(sec) ? o : [...o, sec]));
                }}
              />
            )}
            <div className={styles.row}>
              {host.trySheet && (
                <Button size="small" onClick={() => void ed.tryIt()} disabled={!valid || ed.busy || !host.sheet} title={host.sheet ? undefined : s.actions.tryNoSheet}>
                  {s.actions.try}
                </Button>
              )}
              {host.save && (
                <Button size="small" appearance="primary" onClick={() => void ed.save()} disabled={!valid || ed.busy}>
                  {s.actions.save}
                </Button>
              )}
              <Button size="small" onClick={ed.exportFile} disabled={!valid}>
                {s.actions.export}
              </Button>
              <Button size="small" appearance="subtle" onClick={() => void ed.copyFile()} disabled={!valid}>
                {s.actions.copy}
              </Button>
              <Button size="small" onClick={() => fileRef.current?.click()}>
                {s.actions.import}
              </Button>
              <input
                ref={fileRef}
                className={styles.file}
                type="file"
                accept=".json,application/json"
                aria-label={s.actions.importLabel}
                onChange={(e) => {
                  const f = e.target.files?.[0];
                  if (f) void ed.importFile(f);
                  e.target.value = "";
                }}
              />
            </div>
            {host.trySheet && !host.sheet && <Caption1 className={styles.hint}>{s.actions.tryNoSheet}</Caption1>}
            {ed.busy && <Spinner size="tiny" label={s.actions.trying} />}
            {ed.status && (
              <MessageBar intent={ed.status.intent} role={ed.status.intent === "error" ? "alert" : "status"}>
                <MessageBarBody>{ed.status.text}</MessageBarBody>
              </MessageBar>
            )}
            {ed.tried && <TryPanel result={ed.tried} draft={draft} s={s} lang={lang} />}
          </div>
        </EditorContext.Provider>
      )}
    </section>
  );
}
