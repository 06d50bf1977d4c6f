// the engine for checking lists: everything but the rule-file schema (campaign/schema.ts), so that a check
// with a built-in campaign never loads zod. index.ts is the whole public face (this and the schema).
export * from "./types.js";
export type { Campaign, CampaignInput, Rule, RuleFileError, ParseResult } from "./campaign/schema.js";
export { BUILTIN_FIELDS } from "./campaign/fields.js";
export { BUILTIN_VALUES } from "./campaign/vocab.js";
export { compileCampaign, fieldLabel } from "./campaign/compile.js";
export type { CompiledCampaign } from "./campaign/compile.js";
export { detectLayout } from "./sheet/layout.js";
export { check } from "./check.js";
export { columnLetter, cellAddress, columnNumber, parseArea, parseCellRef, quoteSheet, rectAddress, stripSheet } from "./sheet/address.js";
export type { Rect } from "./sheet/address.js";
export { normalizeText } from "./text/normalize.js";
export { decodeLegacy, decodeTcvn3, encodeTcvn3, isTcvn3Font, looksLikeTcvn3 } from "./text/tcvn3.js";
export { FINDING_CODES, DEFAULT_SEVERITY, CODE_NAMES, codeNames, renderTemplate } from "./report/messages.js";
export { formatFinding } from "./report/format.js";
export { localizeReport } from "./report/localize.js";
export { buildSummarySheet, MAX_LINKS } from "./report/summary-sheet.js";
export { duplicateSets, duplicateKey } from "./report/duplicates.js";
export type { DuplicateSet } from "./report/duplicates.js";
export type { SummaryTable, SummaryCell, SummaryOptions, Area } from "./report/summary-sheet.js";
export { planMarks, markNote, MARK_HEADINGS } from "./report/marks.js";
export type { CellMark, SheetMarks } from "./report/marks.js";
export { LOOKS, PALETTE, SEVERITY_ORDER, STATUS_STYLE, worse } from "./report/style.js";
export type { CellLook, StyleToken } from "./report/style.js";
export { SEVERITY_NAMES, STATUS_NAMES, SUMMARY_WORDS } from "./report/locale.js";
export { RULE_KINDS, CODES } from "./rules/registry.js";
export { toSerial, fromSerial } from "./values/date.js";
export { declaredHistoryYear, usesHistory } from "./yearly/declare.js";
