// the pieces of the rule-file schema that the campaign and every rule kind share. They are built from zod
// when a rule file is read (rules/schemas.ts), never to check a list, so checking with a preset loads no zod.
import type { z as zod } from "zod";
import { serialOf } from "../values/date.js";

/**
 * the zod functions rule-file schemas are built with, handed to the functions that build them
 * (rules/schemas.ts makes it). A list rather than zod's whole namespace, which would keep every zod
 * locale in the add-in's bundle. A kind that needs another zod function adds it here and there.
 */
export type Zod = Pick<typeof zod, "object" | "literal" | "string" | "number" | "boolean" | "array" | "union" | "enum" | "record">;

export const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const camel = /^[a-z][A-Za-z0-9]*$/;
/** a rule file is user input: patterns are bounded so that matching stays cheap (see text/glob.ts) */
export const MAX_PATTERN_LENGTH = 200;
export const MAX_PATTERNS = 500;

export function schemaParts(z: Zod) {
  const isoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
    .refine((s) => {
      const [y, m, d] = s.split("-").map(Number) as [number, number, number];
      return serialOf(y, m, d) !== null;
    }, "not a real date");

  const localized = z
    .object({ vi: z.string().min(1), en: z.string().min(1) })
    .strict()
    .meta({ description: "text in Vietnamese and English" });

  const pattern = z
    .string()
    .min(1)
    .max(MAX_PATTERN_LENGTH, `a pattern may have at most ${MAX_PATTERN_LENGTH} characters`);
  const patternList = z.array(pattern).max(MAX_PATTERNS, `at most ${MAX_PATTERNS} patterns in one list`);

  const fieldId = z.string().regex(camel, "field ids are camelCase, e.g. contribution");
  const severity = z.enum(["error", "warning", "info"]);
  const fieldType = z.enum(["text", "money", "date", "number", "percent", "nomineeType", "choice"]);

  /** a field's values must match (all listed fields); strings are vocabulary ids or literal text */
  const condition = z
    .record(fieldId, z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]))
    .meta({ description: 'row condition, e.g. { "rewardKind": "donor", "nomineeType": "individual" }; "*" means any non-empty value' });

  const source = z
    .object({
      seed: z.string().min(1).meta({ description: "the plan text this rule comes from" }),
      quote: z.string().min(1).meta({ description: "the plan's own words" }),
      article: z.string().min(1).optional().meta({ description: 'the article cited, e.g. "Luật Thi đua, khen thưởng 2022, Điều 23"' }),
    })
    .strict();

  /** the keys every rule has, whatever its kind */
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

  return { isoDate, localized, pattern, patternList, fieldId, severity, fieldType, condition, source, ruleBase };
}

export type SchemaParts = ReturnType<typeof schemaParts>;
