// "for which rows": a row condition as picks over reward kind, nominee type, award form; other parts of
// the condition (written by hand in a rule file) are kept as they are
import { Caption1, Dropdown, Field, Option } from "@fluentui/react-components";
import { useEditorContext } from "./context.js";
import { Group } from "./inputs.js";
import { getIn, type Json, type Path } from "./draft.js";
import { vocabChoices } from "./vocab.js";
import { pathKey } from "./validate.js";

const PICKED = ["rewardKind", "nomineeType", "awardForm"] as const;

export function ConditionPicks({ path, label, fields = PICKED }: { path: Path; label: string; fields?: readonly (typeof PICKED)[number][] }) {
  const { s, lang, draft, update, errors } = useEditorContext();
  const cond = (getIn(draft, path) as Json | undefined) ?? {};
  const any: Record<(typeof PICKED)[number], string> = { rewardKind: s.threshold.anyRewardKind, nomineeType: s.threshold.anyNomineeType, awardForm: s.threshold.anyAwardForm };
  const names: Record<(typeof PICKED)[number], string> = { rewardKind: s.who.rewardKind, nomineeType: s.who.nomineeType, awardForm: s.who.awardForm };
  const set = (field: string, values: string[]) => {
    const next: Json = { ...cond };
    if (values.length === 0) delete next[field];
    else next[field] = values.length === 1 ? values[0] : values;
    update(path, Object.keys(next).length ? next : undefined);
  };
  const others = Object.keys(cond).filter((k) => !(fields as readonly string[]).includes(k));
  const err = errors.get(pathKey(path));
  return (
    <Group label={label} message={err} path={pathKey(path)}>
      <div>
        {fields.map((f) => {
          const v = cond[f];
          const picked = v === undefined ? [] : Array.isArray(v) ? (v as string[]) : [v as string];
          const choices = vocabChoices(draft, f, lang);
          const text = picked.map((p) => choices.find((c) => c.value === p)?.label ?? p).join(", ");
          return (
            <Field key={f} label={names[f]} size="small">
              <Dropdown
                multiselect
                size="small"
                placeholder={any[f]}
                value={text}
                selectedOptions={picked}
                onOptionSelect={(_e, d) => set(f, d.selectedOptions)}
              >
                {choices.map((c) => (
                  <Option key={c.value} value={c.value}>
                    {c.label}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
        {others.map((k) => (
          <Caption1 key={k} block>
            {k} = {JSON.stringify(cond[k])}
          </Caption1>
        ))}
      </div>
    </Group>
  );
}
