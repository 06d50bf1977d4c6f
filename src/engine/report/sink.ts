// collects findings, renders their messages, and stops at the limit (the report is then partial)
import type { Rule } from "../campaign/schema.js";
import { fieldLabel, type CompiledCampaign } from "../campaign/compile.js";
import type { Emit } from "../rules/context.js";
import { cellAddress, columnLetter } from "../sheet/address.js";
import type { Finding, Lang } from "../types.js";
import { DEFAULT_MESSAGES, DEFAULT_SEVERITY, renderTemplate } from "./messages.js";

export class FindingSink {
  readonly findings: Finding[] = [];
  partial = false;

  constructor(
    private readonly cc: CompiledCampaign,
    private readonly lang: Lang,
    private readonly max: number,
  ) {}

  add(rule: Rule | string, e: Emit): void {
    if (this.findings.length >= this.max) {
      this.partial = true;
      return;
    }
    const ruleId = typeof rule === "string" ? rule : rule.id;
    const severity = e.severity ?? (typeof rule === "string" ? undefined : rule.severity) ?? DEFAULT_SEVERITY[e.code];
    const data = { ...e.data };
    if (e.field !== undefined && data["field"] === undefined) data["field"] = fieldLabel(this.cc, e.field, this.lang);
    const template = (typeof rule === "string" ? undefined : rule.message?.[this.lang]) ?? DEFAULT_MESSAGES[e.code][this.lang];
    const fieldForCell = e.field ?? (e.unit !== undefined ? "unit" : undefined);
    const col = fieldForCell === undefined ? 0 : (e.sheet.cols[this.cc.byId.get(fieldForCell)?.index ?? -1] ?? 0);
    const located = col > 0 && e.row !== undefined;
    // keys in the contract's order; assigned one by one (cheaper than spreading optional parts)
    const f = { code: e.code, severity, rule: ruleId } as Finding;
    if (e.sheet.file !== undefined) f.file = e.sheet.file;
    f.sheet = e.sheet.name;
    if (e.row !== undefined) f.row = e.row;
    if (located) {
      f.column = columnLetter(col);
      f.cell = cellAddress(e.row as number, col);
    }
    if (e.field !== undefined) f.field = e.field;
    if (e.unit !== undefined) f.unit = e.unit;
    f.message = renderTemplate(template, data);
    if (e.rows !== undefined) f.rows = e.rows;
    if (e.locations !== undefined && new Set(e.locations.map((l) => `${l.file ?? ""}\u0000${l.sheet}`)).size > 1) f.locations = e.locations;
    f.data = data;
    this.findings.push(f);
  }
}
