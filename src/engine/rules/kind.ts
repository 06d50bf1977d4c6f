// a rule kind is one module (ESLint's meta + create): its rule-file schema, the finding codes it owns,
// the fields a rule of it reads, and create(ctx, rule) with the start/row/end hooks of one pass
import type { z } from "zod";
import type { SchemaParts, Zod } from "../campaign/schema-parts.js";
import type { Localized, Severity } from "../types.js";
import type { Ctx, RuleRunner } from "./context.js";

/** what a finding code means: its default severity, scope, short name and message template */
export interface CodeMeta {
  severity: Severity;
  /** what it is about: a whole sheet, a cell, a row, or a proposing unit */
  scope: "sheet" | "cell" | "row" | "unit";
  /** a short name for tables and groupings (the summary sheet, the pane's "by code" view) */
  name: Localized;
  /** the message; {{placeholders}} are filled from the finding's data when it is shown (report/format.ts) */
  message: Localized;
}

/** the part of every rule the engine itself reads (the rest belongs to the kind) */
export interface RuleBase {
  id: string;
  kind: string;
  severity?: Severity | undefined;
  optional?: boolean | undefined;
  when?: Record<string, string | string[]> | undefined;
}

export interface RuleKind<S extends z.ZodType<RuleBase>, C extends string> {
  kind: z.output<S>["kind"];
  /**
   * its rule-file schema, built from zod and the shared parts when a rule file is read (rules/schemas.ts);
   * checking a list never builds it, so a check with a preset does not load zod
   */
  schema: (z: Zod, parts: SchemaParts) => S;
  /** the codes this kind owns; it may also report codes owned by another module (threshold: missing-value) */
  codes: { readonly [K in C]: CodeMeta };
  /** every field a rule of this kind reads (columns it needs or may use) */
  fields(rule: z.output<S>): string[];
  create(ctx: Ctx, rule: z.output<S>): RuleRunner;
}

/** an identity that keeps the codes' names as literal types, so the registry can infer FindingCode */
export function defineRuleKind<S extends z.ZodType<RuleBase>, C extends string>(kind: RuleKind<S, C>): RuleKind<S, C> {
  return kind;
}

/** the fields a rule's `when` names */
export function whenFields(rule: RuleBase): string[] {
  return Object.keys(rule.when ?? {});
}
