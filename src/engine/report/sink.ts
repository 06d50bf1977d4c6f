// collects findings, language-neutral (messageId + data), and stops at the limit (the report is then partial)
import type { CompiledCampaign } from "../campaign/compile.js";
import type { Emit } from "../rules/context.js";
import { cellAddress, columnLetter } from "../sheet/address.js";
import { cleanText } from "../text/normalize.js";
import type { Finding, Severity } from "../types.js";
import { DEFAULT_SEVERITY } from "./messages.js";

/** who reports: a rule of the campaign, or the baseline under the rule id its findings carry */
export interface Reporter {
  id: string;
  severity?: Severity | undefined;
}

export class FindingSink {
  readonly findings: Finding[] = [];
  partial = false;

  constructor(
    private readonly cc: CompiledCampaign,
    private readonly max: number,
  ) {}

  /** the proposing unit of a row as written (the sheet's own when it has no unit column) */
  private unitOf(sheet: Emit["sheet"], row: number): string | undefined {
    const col = sheet.cols[this.cc.byId.get("unit")?.index ?? -1] ?? 0;
    const text = col > 0 ? cleanText(sheet.grid.text(row, col)) : (sheet.unit ?? "");
    return text === "" ? undefined : text;
  }

  add(by: Reporter, e: Emit): void {
    if (this.findings.length >= this.max) {
      this.partial = true;
      return;
    }
    const fieldForCell = e.cellField ?? e.field ?? (e.unit !== undefined ? "unit" : undefined);
    const col = fieldForCell === undefined ? 0 : (e.sheet.cols[this.cc.byId.get(fieldForCell)?.index ?? -1] ?? 0);
    // keys in the contract's order; `message` is filled when the report is rendered in a language
    const f = { code: e.code, severity: e.severity ?? by.severity ?? DEFAULT_SEVERITY[e.code], rule: by.id } as Finding;
    if (e.sheet.file !== undefined) f.file = e.sheet.file;
    f.sheet = e.sheet.name;
    if (e.row !== undefined) f.row = e.row;
    if (col > 0 && e.row !== undefined) {
      f.column = columnLetter(col);
      f.cell = cellAddress(e.row, col);
    }
    if (e.field !== undefined) f.field = e.field;
    // every row and cell finding carries its row's unit, as the summary and the pane group by it
    const unit = e.unit ?? (e.row !== undefined ? this.unitOf(e.sheet, e.row) : undefined);
    if (unit !== undefined) f.unit = unit;
    f.message = "";
    if (e.rows !== undefined) f.rows = e.rows;
    if (e.locations !== undefined && new Set(e.locations.map((l) => `${l.file ?? ""}\u0000${l.sheet}`)).size > 1) f.locations = e.locations;
    f.messageId = e.messageId ?? e.code;
    f.data = e.data;
    this.findings.push(f);
  }
}
