// one runner per rule kind
import type { Rule } from "../campaign/schema.js";
import { allowedRunner } from "./allowed.js";
import type { Ctx, RuleRunner } from "./context.js";
import { deadlineRunner, periodRunner } from "./dates.js";
import { duplicateRunner } from "./duplicate.js";
import { quotaRunner } from "./quota.js";
import { requiredRunner } from "./required.js";
import { thresholdRunner } from "./threshold.js";

export function createRunner(ctx: Ctx, rule: Rule): RuleRunner {
  switch (rule.kind) {
    case "required":
      return requiredRunner(ctx, rule);
    case "allowed":
      return allowedRunner(ctx, rule);
    case "threshold":
      return thresholdRunner(ctx, rule);
    case "period":
      return periodRunner(ctx, rule);
    case "deadline":
      return deadlineRunner(ctx, rule);
    case "quota":
      return quotaRunner(ctx, rule);
    case "duplicate":
      return duplicateRunner(ctx, rule);
  }
}
