// every rule kind, in one list: the rule-file schema union, the finding codes and their types come from here
import type { z } from "zod";
import type { Ctx, RuleRunner } from "./context.js";
import type { CodeMeta, RuleBase } from "./kind.js";
import { baselineCodes } from "./baseline.js";
import { requiredKind } from "./required.js";
import { allowedKind } from "./allowed.js";
import { thresholdKind } from "./threshold.js";
import { periodKind } from "./period.js";
import { deadlineKind } from "./deadline.js";
import { quotaKind } from "./quota.js";
import { duplicateKind } from "./duplicate.js";
import { eligibilityKind } from "./eligibility.js";
import { streakKind } from "./streak.js";

/** a new kind: its module, and one line here */
export const RULE_KINDS = [requiredKind, allowedKind, thresholdKind, periodKind, deadlineKind, quotaKind, duplicateKind, eligibilityKind, streakKind] as const;

type Kinds = (typeof RULE_KINDS)[number];
type CodesOf<K> = K extends { codes: infer C } ? keyof C & string : never;

/** every finding code, inferred from the modules (never written out) */
export type FindingCode = keyof typeof baselineCodes | CodesOf<Kinds>;

/** one rule of a rule file: the union of every kind's schema, on `kind` (built in rules/schemas.ts) */
export type Rule = z.output<ReturnType<Kinds["schema"]>>;

/** code -> meta, in the order the report lists codes (baseline first, then by kind) */
export const CODES: Readonly<Record<FindingCode, CodeMeta>> = Object.assign({}, baselineCodes, ...RULE_KINDS.map((k) => k.codes));
export const FINDING_CODES = Object.keys(CODES) as FindingCode[];

const byKind = new Map<string, Kinds>(RULE_KINDS.map((k) => [k.kind, k]));

function kindOf(rule: RuleBase): Kinds {
  const k = byKind.get(rule.kind);
  if (!k) throw new Error(`unknown rule kind ${rule.kind}`);
  return k;
}

/** every field a rule reads */
export function ruleFields(rule: Rule): string[] {
  return [...new Set((kindOf(rule).fields as (r: Rule) => string[])(rule))];
}

export function createRunner(ctx: Ctx, rule: Rule): RuleRunner {
  return (kindOf(rule).create as (c: Ctx, r: Rule) => RuleRunner)(ctx, rule);
}
