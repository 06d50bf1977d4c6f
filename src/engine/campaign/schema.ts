// the rule file: a campaign as data, validated by zod and published as JSON Schema
import { z } from "zod";
import { serialOf } from "../values/date.js";
import type { Lang } from "../types.js";
import { issueMessage, ruleFileErrorMap } from "./issues.js";
import { fieldRefs } from "./field-refs.js";
import { BUILTIN_FIELDS } from "./fields.js";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const camel = /^[a-z][A-Za-z0-9]*$/;
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number) as [number, number, number];
    return serialOf(y, m, d) !== null;
  }, "not a real date");

export const localized = z
  .object({ vi: z.string().min(1), en: z.string().min(1) })
  .strict()
  .meta({ description: "text in Vietnamese and English" });

/** a rule file is user input: patterns are bounded so that matching stays cheap (see text/glob.ts) */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_PATTERNS = 500;
const pattern = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH, `a pattern may have at most ${MAX_PATTERN_LENGTH} characters`);
const patternList = z.array(pattern).max(MAX_PATTERNS, `at most ${MAX_PATTERNS} patterns in one list`);

export const fieldId = z.string().regex(camel, "field ids are camelCase, e.g. contribution");
export const severity = z.enum(["error", "warning", "info"]);
export const fieldType = z.enum(["text", "money", "date", "number", "percent", "nomineeType", "choice"]);

/** a field's values must match (all listed fields); strings are vocabulary ids or literal text */
export const condition = z
  .record(fieldId, z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
  .meta({ description: 'row condition, e.g. { "rewardKind": "donor", "nomineeType": "individual" }; "*" means any non-empty value' });

const source = z
  .object({
    seed: z.string().min(1).meta({ description: "the plan text this rule comes from" }),
    quote: z.string().min(1).meta({ description: "the plan's own words" }),
  })
  .strict();

const ruleBase = {
  id: z.string().regex(kebab, "rule ids are kebab-case"),
  severity: severity.optional(),
  description: localized.optional(),
  message: localized.optional().meta({ description: "message template; {{value}}, {{field}}, {{min}} … are filled in" }),
  source: source.optional(),
  when: condition.optional(),
  optional: z
    .boolean()
    .optional()
    .meta({ description: "the rule's columns may be absent (e.g. locality figures on a list of individuals): their absence is info, not an error" }),
};

export const requiredRule = z
  .object({ ...ruleBase, kind: z.literal("required"), fields: z.array(fieldId).min(1) })
  .strict();

export const allowedRule = z
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
  });

const criterion = z
  .object({
    field: fieldId,
    min: z.number().optional(),
    max: z.number().optional(),
    when: condition.optional(),
  })
  .strict()
  .refine((c) => c.min !== undefined || c.max !== undefined, { message: "a criterion needs min or max", path: ["min"] });

export const thresholdRule = z
  .object({
    ...ruleBase,
    kind: z.literal("threshold"),
    anyOf: z.array(criterion).min(1).meta({ description: "the row qualifies if ANY criterion holds" }),
  })
  .strict();

export const periodRule = z
  .object({ ...ruleBase, kind: z.literal("period"), field: fieldId, from: isoDate.optional(), to: isoDate.optional() })
  .strict()
  .refine((r) => r.from !== undefined || r.to !== undefined, { message: "a period needs from or to", path: ["from"] })
  .refine((r) => !r.from || !r.to || r.from <= r.to, { message: "from is after to", path: ["to"] });

export const deadlineRule = z
  .object({ ...ruleBase, kind: z.literal("deadline"), field: fieldId, by: isoDate.meta({ description: "last allowed day" }) })
  .strict();

const quotaLimit = z
  .object({ group: z.string().regex(kebab), min: z.number().int().min(0).optional(), max: z.number().int().min(0).optional() })
  .strict()
  .refine((q) => q.min === undefined || q.max === undefined || q.min <= q.max, { message: "min is above max", path: ["min"] });

export const quotaRule = z
  .object({
    ...ruleBase,
    kind: z.literal("quota"),
    exempt: condition.optional().meta({ description: "rows that do not count, e.g. ad hoc awards (không quy định số lượng)" }),
    limits: z.array(quotaLimit).min(1),
    belowSeverity: severity.optional().meta({ description: "severity of quota-below-minimum (default warning)" }),
  })
  .strict();

export const duplicateRule = z
  .object({ ...ruleBase, kind: z.literal("duplicate"), keys: z.array(fieldId).min(1).optional() })
  .strict();

export const rule = z.discriminatedUnion("kind", [
  requiredRule,
  allowedRule,
  thresholdRule,
  periodRule,
  deadlineRule,
  quotaRule,
  duplicateRule,
]);

export const vocabEntry = z
  .object({ id: z.string().regex(kebab), label: localized, synonyms: z.array(z.string().min(1)).default([]) })
  .strict();

export const fieldDef = z
  .object({
    id: fieldId,
    type: fieldType.optional(),
    label: localized.optional(),
    headers: z.array(z.string().min(1)).default([]).meta({ description: "header texts that name this column" }),
  })
  .strict();

export const unitGroup = z
  .object({
    id: z.string().regex(kebab),
    label: localized,
    units: z.array(z.string().min(1)).default([]).meta({ description: "unit names in this group" }),
    patterns: patternList.default([]).meta({ description: 'name patterns, e.g. "Huyện *", "Thành phố *"' }),
    values: z.array(z.string().min(1)).default([]).meta({ description: "values of the unit-group column meaning this group" }),
  })
  .strict();

export const campaignSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(kebab, "campaign ids are kebab-case"),
    name: localized,
    plan: z
      .object({
        title: z.string().min(1),
        number: z.string().optional().meta({ description: 'the plan\'s number, e.g. "57/KH-SNV"' }),
        issuer: z.string().optional(),
        date: isoDate.optional(),
        seed: z.string().optional(),
      })
      .strict(),
    fields: z.array(fieldDef).default([]),
    values: z.record(fieldId, z.array(vocabEntry)).default({}),
    unitGroups: z.array(unitGroup).default([]),
    rules: z.array(rule).min(1),
  })
  .strict()
  .superRefine((c, ctx) => {
    const seen = new Set<string>();
    c.rules.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: "custom", message: `duplicate rule id "${r.id}"`, path: ["rules", i, "id"] });
      seen.add(r.id);
    });
    const known = new Set([...BUILTIN_FIELDS.map((f) => f.id), ...c.fields.map((f) => f.id), ...Object.keys(c.values), "unitGroup"]);
    c.rules.forEach((r, i) => {
      for (const [f, path] of fieldRefs(r, i))
        if (!known.has(f)) ctx.addIssue({ code: "custom", message: `unknown field "${f}": not a built-in field id and not declared in fields`, path });
    });
    const groups = new Set(c.unitGroups.map((g) => g.id));
    c.rules.forEach((r, i) => {
      if (r.kind !== "quota") return;
      r.limits.forEach((l, j) => {
        if (!groups.has(l.group))
          ctx.addIssue({ code: "custom", message: `unknown unit group "${l.group}"`, path: ["rules", i, "limits", j, "group"] });
      });
    });
  });

export type Campaign = z.output<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
export type Rule = z.output<typeof rule>;
export type Condition = z.output<typeof condition>;
export type FieldType = z.output<typeof fieldType>;
export type VocabEntry = z.output<typeof vocabEntry>;
export type UnitGroup = z.output<typeof unitGroup>;

export interface RuleFileError {
  path: string; // JSON path, e.g. $.rules[3].anyOf[0].min
  message: string;
}

export function toJsonPath(path: readonly PropertyKey[]): string {
  return "$" + path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
}

export type ParseResult = { ok: true; campaign: Campaign } | { ok: false; errors: RuleFileError[] };

/** parse, don't validate: a rule file's JSON value in, a campaign or its errors out (messages in `lang`, default English) */
export function parseCampaign(json: unknown, lang: Lang = "en"): ParseResult {
  const r = campaignSchema.safeParse(json, { error: ruleFileErrorMap(lang) });
  if (r.success) return { ok: true, campaign: r.data };
  return { ok: false, errors: r.error.issues.map((i) => ({ path: toJsonPath(i.path), message: issueMessage(i, lang) })) };
}

export function campaignJsonSchema(): unknown {
  return z.toJSONSchema(campaignSchema, { io: "input", unrepresentable: "any" });
}
