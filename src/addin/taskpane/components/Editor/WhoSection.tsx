// 2. who may be nominated and for what: nominee types (households too), award forms, reward kinds
import { useEditorContext } from "./context.js";
import { AllowedRules } from "./AllowedCard.js";
import { VocabPicker } from "./VocabPicker.js";

export function WhoSection() {
  const { s } = useEditorContext();
  return (
    <>
      <VocabPicker field="nomineeType" label={s.who.nomineeType} ruleId="doi-tuong" ownAllowed={false} />
      <VocabPicker field="awardForm" label={s.who.awardForm} ruleId="hinh-thuc" />
      <VocabPicker field="rewardKind" label={s.who.rewardKind} ruleId="loai-khen-thuong" />
      <AllowedRules />
    </>
  );
}
