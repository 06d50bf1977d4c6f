// 6. required columns, the duplicate check, and the campaign's own columns (type + header names)
import { Button, Caption1, Switch } from "@fluentui/react-components";
import { useEditorContext } from "./context.js";
import { freshId, removeAt, type Draft, type DraftRule } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { CheckGroup, ChoiceInput, LinesInput, TextInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { fill } from "./strings.js";
import { fieldChoices } from "./vocab.js";

const TYPES = ["text", "money", "date", "number", "percent", "choice"] as const;

function setRuleList(d: Draft, i: number, key: string, list: string[] | undefined): Draft {
  const rules = [...d.rules];
  const r = { ...rules[i]! };
  if (list === undefined) delete r[key];
  else r[key] = list;
  rules[i] = r;
  return { ...d, rules };
}

export function ColumnsSection() {
  const { s, lang, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const all = fieldChoices(draft, lang).filter((c) => c.value !== "rowNumber");
  const required = draft.rules.findIndex((r) => r.kind === "required" && r["when"] === undefined);
  const dup = draft.rules.findIndex((r) => r.kind === "duplicate");
  const reqFields = required >= 0 ? ((draft.rules[required]!["fields"] as string[] | undefined) ?? []) : [];
  const setRequired = (next: string[]) =>
    change((d) => {
      if (required < 0) return next.length ? { ...d, rules: [...d.rules, { kind: "required", id: freshId("bat-buoc", d.rules.map((r) => r.id)), fields: next } as DraftRule] } : d;
      return next.length ? setRuleList(d, required, "fields", next) : removeAt(d, ["rules", required]);
    });
  const dupKeys = dup >= 0 ? ((draft.rules[dup]!["keys"] as string[] | undefined) ?? []) : [];
  const addField = () =>
    change((d) => {
      const id = freshId("cotRieng", [...all.map((c) => c.value), ...d.fields.map((f) => f["id"] as string)]);
      return { ...d, fields: [...d.fields, { id, type: "text", label: { vi: "", en: "" }, headers: [] }] };
    });
  return (
    <>
      {required >= 0 ? (
        <RuleCard index={required} title={s.columns.required} removable={false}>
          <CheckGroup label={s.columns.required} choices={all} selected={reqFields} onChange={setRequired} errorPath={["rules", required, "fields"]} hideLabel />
        </RuleCard>
      ) : (
        <div className={styles.card}>
          <CheckGroup label={s.columns.required} choices={all} selected={[]} onChange={setRequired} />
        </div>
      )}
      <div className={styles.card}>
        <Switch
          label={s.columns.duplicateOn}
          checked={dup >= 0}
          onChange={(_e, d) =>
            change((x) =>
              d.checked ? { ...x, rules: [...x.rules, { kind: "duplicate", id: freshId("trung-lap", x.rules.map((r) => r.id)) } as DraftRule] } : removeAt(x, ["rules", dup]),
            )
          }
        />
      </div>
      {dup >= 0 && (
        <RuleCard index={dup} title={s.columns.duplicate} removable={false}>
          <CheckGroup
            label={s.columns.duplicateKeys}
            choices={all}
            selected={dupKeys}
            onChange={(next) => change((d) => setRuleList(d, dup, "keys", next.length ? next : undefined))}
            errorPath={["rules", dup, "keys"]}
          />
        </RuleCard>
      )}
      <Caption1 className={styles.strong}>{s.columns.extra}</Caption1>
      {draft.fields.map((f, i) => {
        const name = (f["label"] as { vi?: string } | undefined)?.vi || (f["id"] as string);
        return (
          <div key={i} className={styles.subcard} role="group" aria-label={name}>
            <div className={styles.cardHead}>
              <Caption1 className={styles.strong}>{name}</Caption1>
              <Button size="small" appearance="subtle" aria-label={fill(s.columns.removeField, { name })} onClick={() => change((d) => removeAt(d, ["fields", i]))}>
                {s.remove}
              </Button>
            </div>
            <TextInput path={["fields", i, "label", "vi"]} label={s.columns.fieldLabel} required />
            <ChoiceInput path={["fields", i, "type"]} label={s.columns.fieldType} choices={TYPES.map((t) => ({ value: t, label: s.columns.types[t] }))} />
            <LinesInput path={["fields", i, "headers"]} label={s.columns.fieldHeaders} keepEmpty />
            <Caption1 className={styles.ruleId}>{f["id"] as string}</Caption1>
          </div>
        );
      })}
      <Button onClick={addField}>{s.columns.addField}</Button>
    </>
  );
}

