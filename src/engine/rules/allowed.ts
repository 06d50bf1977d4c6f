// allowed values: award forms, nominee types, reward kinds, the proposing unit for a kind
import type { Vocab } from "../campaign/compile.js";
import { compileGlob, type Glob } from "../text/glob.js";
import { normalizeText } from "../text/normalize.js";
import { compileWhen, dataValue, fieldIndex, holds, perValue } from "./context.js";
import type { RuleRunner } from "./context.js";
import { defineRuleKind, whenFields } from "./kind.js";
import { oneField } from "./one-field.js";

/** what an allowed rule accepts: vocabulary ids, normalised literal values, name patterns (the hints' fit reads it too) */
export function allowedSets(voc: Vocab | undefined, rule: { values?: readonly string[] | undefined; patterns?: readonly string[] | undefined }): { ids: Set<string>; literals: Set<string>; patterns: Glob[] } {
  const ids = new Set<string>();
  const literals = new Set<string>();
  for (const v of rule.values ?? []) {
    if (voc?.entries.some((e) => e.id === v)) ids.add(v);
    else literals.add(normalizeText(v));
  }
  return { ids, literals, patterns: (rule.patterns ?? []).map(compileGlob) };
}

export const allowedKind = defineRuleKind({
  kind: "allowed",
  schema: (z, { fieldId, patternList, ruleBase }) =>
    z
      .object({
        ...ruleBase,
        kind: z.literal("allowed"),
        field: fieldId,
        values: z.array(z.string().min(1)).optional().meta({ description: "vocabulary ids or literal values" }),
        patterns: patternList.optional().meta({ description: 'name patterns with * and ?, e.g. "Huyện *"' }),
      })
      .strict()
      .refine((r) => (r.values?.length ?? 0) + (r.patterns?.length ?? 0) > 0, {
        message: "an allowed rule needs values or patterns",
        path: ["values"],
      }),
  codes: {
    "not-allowed": {
      severity: "error",
      scope: "cell",
      name: { vi: "Không được phép", en: "Not allowed" },
      message: {
        vi: "{{field}} “{{value}}” không được phép trong phong trào này (được phép: {{allowed}}).",
        en: "{{field}} “{{value}}” is not allowed in this campaign (allowed: {{allowed}}).",
      },
    },
  },
  fields: (rule) => [rule.field, ...whenFields(rule)],
  create(ctx, rule): RuleRunner {
    const when = compileWhen(ctx, rule.when);
    const index = fieldIndex(ctx, rule.field);
    const { ids, literals, patterns } = allowedSets(ctx.cc.vocab.get(rule.field), rule);
    // values and patterns as the rule file has them; shown as vocabulary labels when the finding is rendered
    const allowed = [...(rule.values ?? []), ...(rule.patterns ?? [])];
    // by value: a list repeats its few values (the norms of values no cache numbered, once each too)
    const known = new Map<string, boolean>();
    const accepts = perValue(index, (p) => {
      let ok = known.get(p.norm);
      if (ok === undefined) {
        ok = literals.has(p.norm) || patterns.some((g) => g.test(p.norm));
        known.set(p.norm, ok);
      }
      return ok;
    });
    // with a condition (the proposer of collective donors), the column is needed only by the rows it applies to
    const column = oneField(ctx, rule, when);
    return {
      rule,
      ...column.hooks,
      row(r) {
        if (!column.present(r)) return;
        const p = r.vals[index];
        if (!p || p.empty || p.bad) return;
        if (!holds(when, r.vals)) return;
        if (p.id !== null && ids.has(p.id)) return;
        if (accepts(r.vals)) return;
        ctx.sink.add(rule, { code: "not-allowed", sheet: r.sheet, row: r.row, field: rule.field, data: { field: rule.field, value: dataValue(ctx, rule.field, p), allowed } });
      },
    };
  },
});
