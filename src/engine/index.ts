// the engine's public face: pure TypeScript, no Office.js, exceljs, React or Node. core.ts checks lists;
// the rule-file schema (zod) is here too, for reading and validating rule files
export * from "./core.js";
export { parseCampaign, campaignJsonSchema, campaignSchema, toJsonPath } from "./campaign/schema.js";
