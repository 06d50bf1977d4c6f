// the rule-file schema: every kind's schema (rules/registry.ts) in one union on `kind`. Only reading a rule
// file needs it (campaign/schema.ts), so zod is loaded there and not to check a list with a preset.
import { z } from "zod";
import { schemaParts, type Zod } from "../campaign/schema-parts.js";
import { RULE_KINDS } from "./registry.js";

/** the zod functions the kinds build their schemas with (see Zod in schema-parts.ts) */
const zod: Zod = {
  object: z.object,
  literal: z.literal,
  string: z.string,
  number: z.number,
  boolean: z.boolean,
  array: z.array,
  union: z.union,
  enum: z.enum,
  record: z.record,
};

export const parts = schemaParts(zod);

type SchemasOf<T extends readonly unknown[]> = { -readonly [I in keyof T]: T[I] extends { schema: (...a: never[]) => infer S } ? S : never };
type Schemas = SchemasOf<typeof RULE_KINDS>;

export const ruleSchema = z.discriminatedUnion("kind", RULE_KINDS.map((k) => k.schema(zod, parts)) as unknown as Schemas);
