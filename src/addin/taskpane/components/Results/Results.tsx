// what a check found: the findings and the quota table (loaded after the first check, not at first paint)
import type { CheckOutcome } from "../../../port.js";
import { Findings } from "../Findings/Findings.js";
import { QuotaTable } from "../QuotaTable/QuotaTable.js";

/** `checkId` changes with each full check (focus moves to the results then, not on a live re-check) */
export default function Results({ outcome, checkId = 0 }: { outcome: CheckOutcome; sheet: string; checkId?: number }) {
  return (
    <>
      <Findings findings={outcome.report.findings} focusKey={checkId} />
      <QuotaTable units={outcome.report.units} />
    </>
  );
}
