// 3. thresholds: a minimum or maximum on a money or number column, for which rows, with alternatives
// ("đạt một trong các tiêu chí")
import { Button, Caption1 } from "@fluentui/react-components";
import { ConditionPicks } from "./Condition.js";
import { useEditorContext } from "./context.js";
import { fill } from "./strings.js";
import { freshId, removeAt, type DraftRule, type Json } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { AmountInput, ChoiceInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { fieldChoices } from "./vocab.js";

const NUMERIC = ["money", "number", "percent"];

function Criterion({ rule, index, count }: { rule: number; index: number; count: number }) {
  const { s, lang, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const base = ["rules", rule, "anyOf", index];
  return (
    <div className={styles.subcard} role="group" aria-label={fill(s.threshold.criterion, { n: index + 1 })}>
      <div className={styles.cardHead}>
        <Caption1 className={styles.strong}>{fill(s.threshold.criterion, { n: index + 1 })}</Caption1>
        {count > 1 && (
          <Button size="small" appearance="subtle" aria-label={fill(s.threshold.removeCriterion, { n: index + 1 })} onClick={() => change((d) => removeAt(d, base))}>
            {s.remove}
          </Button>
        )}
      </div>
      <ChoiceInput path={[...base, "field"]} label={s.threshold.field} choices={fieldChoices(draft, lang, NUMERIC)} />
      <div className={styles.pair}>
        <AmountInput path={[...base, "min"]} label={s.threshold.min} />
        <AmountInput path={[...base, "max"]} label={s.threshold.max} />
      </div>
      <ConditionPicks path={[...base, "when"]} label={s.threshold.onlyFor} fields={["nomineeType"]} />
    </div>
  );
}

export function ThresholdSection() {
  const { s, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const list = draft.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === "threshold");
  return (
    <>
      {list.map(({ r, i }, n) => {
        const anyOf = (r["anyOf"] as Json[] | undefined) ?? [];
        return (
          <RuleCard key={r.id + i} index={i} title={fill(s.threshold.card, { n: n + 1 })}>
            <ConditionPicks path={["rules", i, "when"]} label={s.threshold.forRows} />
            <Caption1 className={styles.strong}>{s.threshold.criteria}</Caption1>
            {anyOf.map((_c, j) => (
              <div key={j}>
                {j > 0 && <Caption1 className={styles.or}>{s.threshold.or}</Caption1>}
                <Criterion rule={i} index={j} count={anyOf.length} />
              </div>
            ))}
            <Button
              size="small"
              onClick={() => change((d) => ({ ...d, rules: d.rules.map((x, k) => (k === i ? { ...x, anyOf: [...anyOf, { field: "mobilized" }] } : x)) }))}
            >
              {s.threshold.addAlternative}
            </Button>
          </RuleCard>
        );
      })}
      <Button
        onClick={() =>
          change((d) => ({
            ...d,
            rules: [...d.rules, { kind: "threshold", id: freshId("nguong", d.rules.map((x) => x.id)), anyOf: [{ field: "contribution" }] } as DraftRule],
          }))
        }
      >
        {s.threshold.add}
      </Button>
    </>
  );
}
