// "Kế hoạch thi đua": pick a preset, the campaign stored in the workbook, or import a rule file
import { Button, Caption1, Dropdown, Field, MessageBar, MessageBarBody, MessageBarTitle, Option, OptionGroup, Spinner } from "@fluentui/react-components";
import { useId, useRef } from "react";
import type { ChosenCampaign } from "../../App.js";
import { usePane } from "../../context.js";
import { ErrorBar } from "../Notices/ErrorBar.js";
import { useSectionStyles } from "../section.styles.js";
import { useCampaignPickerStyles } from "./CampaignPicker.styles.js";
import { type CampaignOption, type ImportErrors, useCampaignPicker } from "./useCampaignPicker.js";

/** "Kiên Giang 2021 — Phong trào thi đua đặc biệt “…”" -> "Kiên Giang 2021"; long names without a dash cut at a word */
export function shortName(name: string, max = 36): string {
  const head = name.split(/\s[—–-]\s/)[0]!.trim();
  if (head.length <= max) return head;
  const cut = head.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max - 8)).trim()}…`;
}

function ErrorList({ title, errors }: { title: string; errors: ImportErrors["errors"] }) {
  const styles = useCampaignPickerStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <ul className={styles.errors}>
          {errors.slice(0, 20).map((e, i) => (
            <li key={i}>
              <code className={styles.path}>{e.path}</code>: {e.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

export function CampaignPicker({ chosen, onChoose }: { chosen: ChosenCampaign | null; onChoose: (c: ChosenCampaign) => void }) {
  const { t, lang } = usePane();
  const s = useSectionStyles();
  const styles = useCampaignPickerStyles();
  const pick = useCampaignPicker(chosen, onChoose);
  const headingId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  // the control shows a short name (it fits 350 px on one line); the full name is beneath it, and in the list
  const label = (o: CampaignOption) => (o.group === "stored" ? t("campaign.stored", { name: shortName(o.campaign.name[lang]) }) : shortName(o.campaign.name[lang]));
  const current = pick.options?.find((o) => o.value === pick.selected);
  const groups: CampaignOption["group"][] = ["stored", "presets", "imported"];

  return (
    <section className={s.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={s.heading}>
        {t("campaign.heading")}
      </h2>
      {pick.options === null && !pick.error ? (
        <Spinner size="tiny" label={t("app.loading")} />
      ) : (
        <Field label={t("campaign.label")} {...(current ? { hint: t("campaign.savedHint") } : {})}>
          <Dropdown
            className={styles.dropdown}
            placeholder={t("campaign.placeholder")}
            value={current ? label(current) : ""}
            selectedOptions={pick.selected ? [pick.selected] : []}
            onOptionSelect={(_e, d) => d.optionValue && void pick.choose(d.optionValue)}
          >
            {groups.map((g) => {
              const items = (pick.options ?? []).filter((o) => o.group === g);
              if (items.length === 0) return null;
              return (
                <OptionGroup key={g} label={t(`campaign.${g}Group`)}>
                  {items.map((o) => (
                    <Option key={o.value} value={o.value} text={label(o)} className={styles.option}>
                      <span>
                        {label(o)}
                        {shortName(o.campaign.name[lang]) !== o.campaign.name[lang] && (
                          <Caption1 block className={styles.full}>
                            {o.campaign.name[lang]}
                          </Caption1>
                        )}
                      </span>
                    </Option>
                  ))}
                </OptionGroup>
              );
            })}
          </Dropdown>
        </Field>
      )}
      {current && shortName(current.campaign.name[lang]) !== current.campaign.name[lang] && (
        <Caption1 block className={s.hint}>
          {current.campaign.name[lang]}
        </Caption1>
      )}
      {current && <Caption1 className={s.hint}>{t("campaign.plan", { title: current.campaign.plan.title })}</Caption1>}
      <div className={s.row}>
        <Button size="small" onClick={() => fileRef.current?.click()}>
          {t("campaign.import")}
        </Button>
        <input
          ref={fileRef}
          className={styles.file}
          type="file"
          accept=".json,application/json"
          aria-label={t("campaign.importLabel")}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void pick.importFile(f);
            e.target.value = "";
          }}
        />
      </div>
      {pick.importErrors && <ErrorList title={t("campaign.importErrors", { file: pick.importErrors.file })} errors={pick.importErrors.errors} />}
      {pick.storedInvalid?.kind === "invalid" && <ErrorList title={t("campaign.storedInvalid")} errors={pick.storedInvalid.errors} />}
      <ErrorBar text={pick.error} />
    </section>
  );
}
