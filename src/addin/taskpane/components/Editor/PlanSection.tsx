// 1. the plan: name, number and date ("Kế hoạch số …/KH-UBND ngày …"), issuing body, the campaign id
import { useEditorContext } from "./context.js";
import { slug } from "./draft.js";
import { DayInput, TextInput, fieldState } from "./inputs.js";
import { Field, Input } from "@fluentui/react-components";
import { pathKey } from "./validate.js";

export function PlanSection({ idTouched, onIdTouched }: { idTouched: boolean; onIdTouched: () => void }) {
  const { s, draft, change, errors, shown, touch } = useEditorContext();
  const idErr = shown("$.id") || shown("$.name.vi") ? errors.get("$.id") : undefined;
  const nameErr = shown("$.name.vi") ? errors.get("$.name.vi") : undefined;
  return (
    <>
      <Field label={s.plan.name} required {...fieldState(nameErr, s.plan.nameHint)}>
        <Input
          data-path={pathKey(["name", "vi"])}
          value={draft.name.vi}
          onBlur={() => touch("$.name.vi")}
          onChange={(_e, d) => {
            touch("$.name.vi");
            change((x) => ({ ...x, name: { ...x.name, vi: d.value }, ...(idTouched ? {} : { id: slug(d.value) }) }));
          }}
        />
      </Field>
      <TextInput path={["name", "en"]} label={s.plan.nameEn} keep />
      <TextInput path={["plan", "number"]} label={s.plan.number} hint={s.plan.numberHint} />
      <DayInput path={["plan", "date"]} label={s.plan.date} />
      <TextInput path={["plan", "title"]} label={s.plan.title} hint={s.plan.titleHint} required multiline />
      <TextInput path={["plan", "issuer"]} label={s.plan.issuer} />
      <Field label={s.plan.id} required {...fieldState(idErr, s.plan.idHint)}>
        <Input
          data-path="$.id"
          value={draft.id}
          onBlur={() => touch("$.id")}
          onChange={(_e, d) => {
            onIdTouched();
            touch("$.id");
            change((x) => ({ ...x, id: d.value }));
          }}
        />
      </Field>
    </>
  );
}
