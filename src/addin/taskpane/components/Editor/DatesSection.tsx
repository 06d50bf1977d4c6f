// 5. dates: the campaign's period (either end may stay open) and deadlines (registration, submission)
import { Button } from "@fluentui/react-components";
import { useEditorContext } from "./context.js";
import { freshId, type Draft, type DraftRule } from "./draft.js";
import { useEditorStyles } from "./Editor.styles.js";
import { ChoiceInput, DayInput } from "./inputs.js";
import { RuleCard } from "./RuleCard.js";
import { fill } from "./strings.js";
import { fieldChoices } from "./vocab.js";

/** a submission date is no built-in column; a deadline on it brings the column with it */
const SUBMISSION = { id: "submissionDate", type: "date", label: { vi: "Ngày nộp hồ sơ", en: "Submission date" }, headers: ["Ngày nộp hồ sơ", "Ngày nộp", "Ngày trình", "Ngày gửi"] };

const addRule = (d: Draft, rule: Omit<DraftRule, "id">, base: string): Draft => ({
  ...d,
  rules: [...d.rules, { ...rule, id: freshId(base, d.rules.map((x) => x.id)) } as DraftRule],
});

export function DatesSection() {
  const { s, lang, draft, change } = useEditorContext();
  const styles = useEditorStyles();
  const dates = fieldChoices(draft, lang, ["date"]);
  const periods = draft.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === "period");
  const deadlines = draft.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === "deadline");
  const hasSubmission = draft.fields.some((f) => f["id"] === SUBMISSION.id);
  return (
    <>
      {periods.map(({ r, i }, n) => (
        <RuleCard key={r.id + i} index={i} title={periods.length > 1 ? `${s.dates.period} ${n + 1}` : s.dates.period}>
          <ChoiceInput path={["rules", i, "field"]} label={s.dates.field} choices={dates} />
          <div className={styles.pair}>
            <DayInput path={["rules", i, "from"]} label={s.dates.from} />
            <DayInput path={["rules", i, "to"]} label={s.dates.to} />
          </div>
          <span className={styles.hint}>{s.dates.openEnd}</span>
        </RuleCard>
      ))}
      <Button onClick={() => change((d) => addRule(d, { kind: "period", field: "achievementDate" }, "thoi-gian"))}>{s.dates.addPeriod}</Button>
      {deadlines.map(({ r, i }, n) => (
        <RuleCard key={r.id + i} index={i} title={fill("{{t}} {{n}}", { t: s.dates.deadlines, n: n + 1 })}>
          <ChoiceInput path={["rules", i, "field"]} label={s.dates.field} choices={dates} />
          <DayInput path={["rules", i, "by"]} label={s.dates.by} required />
        </RuleCard>
      ))}
      <div className={styles.row}>
        <Button onClick={() => change((d) => addRule(d, { kind: "deadline", field: "registrationDate" }, "han-dang-ky"))}>{s.dates.addDeadline}</Button>
        {!hasSubmission && (
          <Button
            appearance="subtle"
            onClick={() => change((d) => addRule({ ...d, fields: [...d.fields, { ...SUBMISSION, headers: [...SUBMISSION.headers] }] }, { kind: "deadline", field: SUBMISSION.id }, "han-nop"))}
          >
            {s.dates.submission}
          </Button>
        )}
      </div>
    </>
  );
}
