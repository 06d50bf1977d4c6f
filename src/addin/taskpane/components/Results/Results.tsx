// what a check found: the findings and the quota table (loaded after the first check, not at first paint)
import type { CheckOutcome } from "../../../port.js";
import { Findings } from "../Findings/Findings.js";
import { QuotaTable } from "../QuotaTable/QuotaTable.js";

export default function Results({ outcome }: { outcome: CheckOutcome; sheet: string }) {
  return (
    <>
      <Findings findings={outcome.report.findings} />
      <QuotaTable units={outcome.report.units} />
    </>
  );
}
