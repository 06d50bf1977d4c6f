// an allowed rule beyond the plain "only these" of a field: for some rows only (e.g. donors proposed only by
// the Fatherland Front), or on any column, by values or name patterns
import { Button } from "@fluentui/react-components";
import { ConditionPicks } from "./Condition.js";
import { useEditorContext } from "./context.js";
import { freshId, type DraftRule } from "./draft.js";
import { CheckGroup, ChoiceInput, LinesInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { fill } from "./strings.js";
import { fieldChoices, vocabChoices } from "./vocab.js";
import { mainAllowedIndex } from "./VocabPicker.js";

/** the allowed rules the pickers above do not show */
export function extraAllowed(rules: DraftRule[], main: Set<number>): number[] {
  return rules.map((r, i) => i).filter((i) => rules[i]!.kind === "allowed" && !main.has(i));
}

function AllowedCard({ index, n }: { index: number; n: number }) {
  const { s, lang, draft, change } = useEditorContext();
  const rule = draft.rules[index]!;
  const field = String(rule["field"] ?? "");
  const vocab = vocabChoices(draft, field, lang);
  const setValues = (next: string[]) =>
    change((d) => ({ ...d, rules: d.rules.map((r, k) => (k === index ? (next.length ? { ...r, values: next } : (({ values: _v, ...rest }) => rest as DraftRule)(r)) : r)) }));
  return (
    <RuleCard index={index} title={fill(s.allowed.card, { n })}>
      <ConditionPicks path={["rules", index, "when"]} label={s.threshold.forRows} />
      <ChoiceInput path={["rules", index, "field"]} label={s.allowed.field} choices={fieldChoices(draft, lang).filter((c) => c.value !== "rowNumber")} />
      {vocab.length > 0 ? (
        <CheckGroup
          label={s.allowed.values}
          choices={vocab}
          selected={(rule["values"] as string[] | undefined) ?? []}
          onChange={setValues}
          errorPath={["rules", index, "values"]}
        />
      ) : (
        <>
          <LinesInput path={["rules", index, "values"]} label={s.allowed.literal} />
          <LinesInput path={["rules", index, "patterns"]} label={s.quota.patterns} />
        </>
      )}
    </RuleCard>
  );
}

export function AllowedRules() {
  const { s, draft, change } = useEditorContext();
  const main = new Set(["nomineeType", "awardForm", "rewardKind"].map((f) => mainAllowedIndex(draft, f)));
  const list = extraAllowed(draft.rules, main);
  return (
    <>
      {list.map((i, n) => (
        <AllowedCard key={draft.rules[i]!.id + i} index={i} n={n + 1} />
      ))}
      <Button
        onClick={() =>
          change((d) => ({
            ...d,
            rules: [...d.rules, { kind: "allowed", id: freshId("gioi-han", d.rules.map((r) => r.id)), field: "unit", when: { rewardKind: "donor" } } as DraftRule],
          }))
        }
      >
        {s.allowed.add}
      </Button>
    </>
  );
}
