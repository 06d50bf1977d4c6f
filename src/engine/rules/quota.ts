// quotas per proposing unit, by unit group; exempt kinds ("không quy định số lượng") do not count
import { kebab, type Zod } from "../campaign/schema-parts.js";
import { resolveGroup } from "../campaign/compile.js";
import { unitKey } from "../text/unit.js";
import type { RowLocation, UnitStatus } from "../types.js";
import { compileWhen, fieldIndex, holds, perValue, type SheetState } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";

const quotaLimit = (z: Zod) =>
  z
    .object({ group: z.string().regex(kebab), min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
    .strict()
    .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: "min is above max", path: ["min"] });

interface UnitAcc {
  name: string;
  norm: string;
  groupNorm: string | null;
  rows: number[]; // counted rows
  at: SheetState[]; // the sheet of each counted row
  exempt: number;
}

export const quotaKind = defineRuleKind({
  kind: "quota",
  schema: (z, { ruleBase, condition, severity }) =>
    z
      .object({
        ...ruleBase,
        kind: z.literal("quota"),
        exempt: condition.optional().meta({ description: "rows that do not count, e.g. ad hoc awards (không quy định số lượng)" }),
        limits: z.array(quotaLimit(z)).min(1),
        belowSeverity: severity.optional().meta({ description: "severity of quota-below-minimum (default warning)" }),
      })
      .strict(),
  codes: {
    "quota-exceeded": {
      severity: "error",
      scope: "unit",
      name: { vi: "Vượt số lượng", en: "Over quota" },
      message: {
        vi: "{{unit}} đề nghị {{counted}}, vượt số lượng tối đa {{max}} của nhóm “{{group}}”.",
        en: "{{unit}} nominated {{counted}}, above the maximum of {{max}} for “{{group}}”.",
      },
    },
    "quota-below-minimum": {
      severity: "warning",
      scope: "unit",
      name: { vi: "Thiếu số lượng tối thiểu", en: "Below quota minimum" },
      message: {
        vi: "{{unit}} đề nghị {{counted}}, ít hơn số lượng tối thiểu {{min}} của nhóm “{{group}}”.",
        en: "{{unit}} nominated {{counted}}, below the minimum of {{min}} for “{{group}}”.",
      },
    },
  },
  fields: (rule) => ["unit", ...whenFields(rule), ...Object.keys(rule.exempt ?? {})],
  create(ctx, rule): RuleRunner {
    const when = compileWhen(ctx, rule.when);
    const exempt = compileWhen(ctx, rule.exempt);
    const exemptFields = Object.keys(rule.exempt ?? {});
    const unitIx = fieldIndex(ctx, "unit");
    const groupIx = fieldIndex(ctx, "unitGroup");
    const acc = new Map<string, UnitAcc>(); // by unitKey: one tally however the unit is written
    const tallyOf = perValue(unitIx, (u) => {
      const key = unitKey(u.norm);
      let a = acc.get(key);
      if (!a) acc.set(key, (a = { name: u.text, norm: u.norm, groupNorm: null, rows: [], at: [], exempt: 0 }));
      return a;
    });
    let canExempt = false; // the sheet has every field the exemption reads
    return {
      rule,
      needs: () => ["unit", ...whenFields(rule)],
      sheet(s) {
        canExempt = exempt.length > 0 && exemptFields.every((f) => s.available.has(f));
      },
      row(r) {
        const u = r.vals[unitIx];
        if (!u || u.empty || !holds(when, r.vals)) return;
        const a = tallyOf(r.vals);
        const g = r.vals[groupIx];
        if (a.groupNorm === null && g && !g.empty) a.groupNorm = g.norm;
        if (canExempt && holds(exempt, r.vals)) a.exempt++;
        else {
          a.rows.push(r.row);
          a.at.push(r.sheet);
        }
      },
      end() {
        for (const [key, a] of acc) {
          const group = resolveGroup(ctx.cc, key, a.groupNorm, a.norm);
          const limit = group ? rule.limits.find((l) => l.group === group.id) : undefined;
          const n = a.rows.length;
          const min = limit?.min ?? null;
          const max = limit?.max ?? null;
          let status: UnitStatus = "ok";
          if (!limit) status = "no-quota";
          else if (n === 0) status = "exempt";
          else if (max !== null && n > max) status = "over";
          else if (min !== null && n < min) status = "under";
          const first = a.at[0];
          ctx.units.push({
            unit: a.name,
            group: group?.id ?? null,
            counted: n,
            exempt: a.exempt,
            min,
            max,
            status,
            rows: a.rows,
            ...(first?.file !== undefined ? { file: first.file } : {}),
            ...(first ? { sheet: first.name } : {}),
          });
          if (first === undefined || (status !== "over" && status !== "under")) continue;
          const spread = a.at.some((s) => s !== first);
          ctx.sink.add(rule, {
            code: status === "over" ? "quota-exceeded" : "quota-below-minimum",
            severity: status === "under" ? (rule.belowSeverity ?? "warning") : rule.severity,
            sheet: first,
            row: a.rows[0] as number,
            unit: a.name,
            rows: a.rows,
            ...(spread ? { locations: a.rows.map((row, i) => locate(a.at[i] as SheetState, row)) } : {}),
            data: { unit: a.name, counted: n, group: group?.id ?? "", min, max },
          });
        }
      },
    };
  },
});

function locate(s: SheetState, row: number): RowLocation {
  return { ...(s.file !== undefined ? { file: s.file } : {}), sheet: s.name, row };
}
