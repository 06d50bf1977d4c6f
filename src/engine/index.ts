// the engine's public face: pure TypeScript, no Office.js, exceljs, React or Node
export * from "./types.js";
export { parseCampaign, campaignJsonSchema, campaignSchema, toJsonPath } from "./campaign/schema.js";
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
export { RULE_KINDS, CODES } from "./rules/registry.js";
export { toSerial, fromSerial } from "./values/date.js";
