// what the date-window kinds (period, deadline) share: one date field, a condition, a test on readable dates
import type { FindingCode, MessageData } from "../types.js";
import type { Parsed } from "../values/parse.js";
import { conditionCell, compileWhen, dataValue, fieldIndex, holds, type Ctx, type RuleRunner } from "./context.js";
import { whenFields, type RuleBase } from "./kind.js";

type Dated = Parsed & { num: number };

export function dateRunner(ctx: Ctx, rule: RuleBase & { field: string }, code: FindingCode, fails: (p: Dated) => boolean, data: MessageData): RuleRunner {
  const when = compileWhen(ctx, rule.when);
  const index = fieldIndex(ctx, rule.field);
  // with a condition ("registered units"), the date column is needed only by the rows it applies to
  const some = when.length > 0;
  let here = true;
  let at: string | undefined;
  return {
    rule,
    needs: () => (some ? whenFields(rule) : [rule.field]),
    ...(some ? { mayNeed: () => [rule.field] } : {}),
    sheet(s) {
      here = s.available.has(rule.field);
      at = conditionCell(rule, s, ctx);
    },
    row(r) {
      if (!here) {
        if (holds(when, r.vals)) ctx.needs.need(rule, r, [rule.field], { at });
        return;
      }
      const p = r.vals[index];
      if (!p || p.empty || p.bad || p.num === null) return;
      if (!holds(when, r.vals) || !fails(p as Dated)) return;
      ctx.sink.add(rule, { code, sheet: r.sheet, row: r.row, field: rule.field, data: { field: rule.field, value: dataValue(ctx, rule.field, p), ...data } });
    },
  };
}
