// 4. quotas: unit groups (by unit names, by name patterns such as "Huyện *", or by a column's values),
// min/max per group, kinds that are not counted
import { Button, Caption1 } from "@fluentui/react-components";
import { ConditionPicks } from "./Condition.js";
import { useEditorContext } from "./context.js";
import { freshId, type Draft, type DraftRule, type Json } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { AmountInput, ChoiceInput, LinesInput, TextInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { fill } from "./strings.js";

const limitsOf = (r: DraftRule) => (r["limits"] as Json[] | undefined) ?? [];

function newGroup(d: Draft, name: string): { d: Draft; id: string } {
  const id = freshId("nhom", d.unitGroups.map((g) => g["id"] as string));
  return { id, d: { ...d, unitGroups: [...d.unitGroups, { id, label: { vi: name, en: "" }, units: [], patterns: [], values: [] }] } };
}

/** a limit goes; its group too when nothing else refers to it */
function removeLimit(d: Draft, rule: number, j: number): Draft {
  const r = d.rules[rule]!;
  const gone = limitsOf(r)[j]!["group"];
  const rules = d.rules.map((x, k) => (k === rule ? { ...x, limits: limitsOf(x).filter((_l, m) => m !== j) } : x));
  const used = rules.some((x) => x.kind === "quota" && limitsOf(x).some((l) => l["group"] === gone));
  return { ...d, rules, unitGroups: used ? d.unitGroups : d.unitGroups.filter((g) => g["id"] !== gone) };
}

function Limit({ rule, index }: { rule: number; index: number }) {
  const { s, lang, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const limit = limitsOf(draft.rules[rule]!)[index]!;
  const g = draft.unitGroups.findIndex((x) => x["id"] === limit["group"]);
  const title = fill(s.quota.group, { n: index + 1 });
  const base = ["rules", rule, "limits", index];
  return (
    <div className={styles.subcard} role="group" aria-label={title}>
      <div className={styles.cardHead}>
        <Caption1 className={styles.strong}>{title}</Caption1>
        <Button size="small" appearance="subtle" aria-label={fill(s.quota.removeGroup, { n: index + 1 })} onClick={() => change((d) => removeLimit(d, rule, index))}>
          {s.remove}
        </Button>
      </div>
      {g >= 0 ? (
        <>
          <TextInput path={["unitGroups", g, "label", "vi"]} label={s.quota.groupName} required />
          <LinesInput path={["unitGroups", g, "patterns"]} label={s.quota.patterns} keepEmpty />
          <LinesInput path={["unitGroups", g, "units"]} label={s.quota.units} keepEmpty />
          <LinesInput path={["unitGroups", g, "values"]} label={s.quota.values} keepEmpty />
        </>
      ) : (
        <ChoiceInput
          path={[...base, "group"]}
          label={s.quota.groupName}
          choices={draft.unitGroups.map((x) => ({ value: x["id"] as string, label: (x["label"] as { vi: string; en: string })[lang] || (x["id"] as string) }))}
        />
      )}
      <div className={styles.pair}>
        <AmountInput path={[...base, "min"]} label={s.quota.min} />
        <AmountInput path={[...base, "max"]} label={s.quota.max} />
      </div>
    </div>
  );
}

export function QuotaSection() {
  const { s, draft, change } = useEditorContext();
  const list = draft.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === "quota");
  const sev = s.meta.severities;
  return (
    <>
      {list.map(({ r, i }, n) => (
        <RuleCard key={r.id + i} index={i} title={fill(s.quota.card, { n: n + 1 })}>
          {limitsOf(r).map((_l, j) => (
            <Limit key={j} rule={i} index={j} />
          ))}
          <Button
            size="small"
            onClick={() =>
              change((d0) => {
                const { d, id } = newGroup(d0, "");
                return { ...d, rules: d.rules.map((x, k) => (k === i ? { ...x, limits: [...limitsOf(x), { group: id }] } : x)) };
              })
            }
          >
            {s.quota.addGroup}
          </Button>
          <ConditionPicks path={["rules", i, "exempt"]} label={s.quota.exempt} fields={["rewardKind"]} />
          <ChoiceInput
            path={["rules", i, "belowSeverity"]}
            label={s.quota.belowSeverity}
            empty={`${sev.default} (${sev.warning})`}
            choices={(["error", "warning", "info"] as const).map((v) => ({ value: v, label: sev[v] }))}
          />
        </RuleCard>
      ))}
      <Button
        onClick={() =>
          change((d0) => {
            const { d, id } = newGroup(d0, "");
            return { ...d, rules: [...d.rules, { kind: "quota", id: freshId("so-luong", d.rules.map((x) => x.id)), limits: [{ group: id }] } as DraftRule] };
          })
        }
      >
        {s.quota.add}
      </Button>
    </>
  );
}
