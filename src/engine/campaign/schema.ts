// the rule file: a campaign as data, validated by zod and published as JSON Schema
import { z } from "zod";
import { kebab } from "./schema-parts.js";
import { parts, ruleSchema } from "../rules/schemas.js";
import type { Lang } from "../types.js";
import { issueMessage, ruleFileErrorMap } from "./issues.js";
import { fieldRefs } from "./field-refs.js";
import { BUILTIN_FIELDS } from "./fields.js";

export { MAX_PATTERN_LENGTH, MAX_PATTERNS } from "./schema-parts.js";
export const { condition, fieldId, fieldType, localized, severity } = parts;
const { isoDate, patternList } = parts;

/** one rule: the union of the rule kinds' schemas (rules/registry.ts) */
export const rule = ruleSchema;

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
    description: localized.optional().meta({ description: "what the campaign is, and how far it can be relied on" }),
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
    settings: z
      .record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), z.number())
      .optional()
      .meta({ description: 'figures a rule reads by name, e.g. { "ldttShare": 80 } where a provincial decision sets 80%' }),
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
export type Rule = z.output<typeof ruleSchema>;
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
