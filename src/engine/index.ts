// the engine's public face: pure TypeScript, no Office.js, exceljs, React or Node
export * from "./types.js";
export { parseCampaign, campaignJsonSchema, campaignSchema, toJsonPath } from "./campaign/schema.js";
export type { Campaign, CampaignInput, Rule, RuleFileError, ParseResult } from "./campaign/schema.js";
export { BUILTIN_FIELDS } from "./campaign/fields.js";
export { compileCampaign, fieldLabel } from "./campaign/compile.js";
export type { CompiledCampaign } from "./campaign/compile.js";
export { detectLayout } from "./sheet/layout.js";
export { check } from "./check.js";
export { columnLetter, cellAddress, columnNumber } from "./sheet/address.js";
export { normalizeText, looksLikeTcvn3 } from "./text/normalize.js";
export { FINDING_CODES, DEFAULT_SEVERITY, CODE_NAMES, codeNames, renderTemplate } from "./report/messages.js";
export { toSerial, fromSerial } from "./values/date.js";
