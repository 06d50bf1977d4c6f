// what the task pane asks of a workbook; Office.js (office/port.ts) and the tests' fake both provide it
import type { Campaign, Lang, LayoutOverride, Report, SheetInput } from "../engine/index.js";
import type { AnnotationMode, Capabilities } from "./office/capabilities.js";

export interface SheetInfo {
  name: string;
  id: string;
  protected: boolean;
  active: boolean;
}

export interface HostInfo {
  /** from Office's display language: Vietnamese when it is Vietnamese, English otherwise */
  lang: Lang;
  capabilities: Capabilities;
  missing: ("base" | "notes" | "annotations")[];
}

export type CheckPhase = "reading" | "checking" | "marking";

export interface CheckProgress {
  phase: CheckPhase;
  done: number;
  total: number;
}

export interface CheckRequest {
  sheet: string;
  campaign: Campaign;
  layout?: LayoutOverride;
  lang: Lang;
  /** other sheets of the workbook holding past award decisions or lists (the yearly round's history) */
  history?: string[];
  /** campaigns to compare the sheet with (the built-in presets), for the report's wrong-campaign hint */
  candidates?: Campaign[];
}

export type Notice =
  | { kind: "protected-no-marks"; sheet: string }
  | { kind: "annotations-missing" }
  | { kind: "annotations-capped"; annotated: number; cells: number }
  | { kind: "annotations-failed"; detail: string; cells: number }
  | { kind: "edited-during-check"; cells: number }
  | { kind: "no-header"; sheet: string; lookedFor: string[] }
  | { kind: "not-a-list"; sheet: string }
  | { kind: "empty-sheet"; sheet: string }
  | { kind: "partial"; findings: number };

export interface CheckOutcome {
  report: Report;
  /** cells filled by severity */
  marked: number;
  /** cells that got the message as a note or comment */
  annotated: number;
  annotationMode: AnnotationMode;
  notices: Notice[];
}

/** one live re-check of edits to the checked sheet */
export type LiveUpdate =
  | { kind: "rechecked"; outcome: CheckOutcome; added: number; removed: number }
  /** rows or columns were inserted or deleted: the pane checks the sheet again */
  | { kind: "structural" }
  | { kind: "failed"; error: unknown };

export interface ClearOutcome {
  restored: number;
  /** protected sheets whose marks stay until they are unprotected */
  skippedSheets: string[];
}

export type StoredCampaign =
  | { kind: "none" }
  | { kind: "ok"; campaign: Campaign; source: string }
  | { kind: "invalid"; errors: { path: string; message: string }[] };

export interface WorkbookPort {
  hostInfo(): HostInfo;
  listSheets(): Promise<SheetInfo[]>;
  /** the top of a sheet (title block and header), for detecting the layout before checking */
  readHeader(sheet: string): Promise<SheetInput>;
  /** the workbook's other sheets, as far as code tables are looked for in them (values only) */
  readLookupSheets?(sheet: string): Promise<SheetInput[]>;
  /** readHeader and readLookupSheets in one go (one Excel.run): what the layout editor shows */
  readHeaderAndTables?(sheet: string): Promise<{ header: SheetInput; others: SheetInput[] }>;
  /** a check stops, rejecting with kind "cancelled", when `signal` aborts before its marks are written */
  check(request: CheckRequest, onProgress?: (p: CheckProgress) => void, signal?: AbortSignal): Promise<CheckOutcome>;
  /** the whole check of a sheet, marking nothing (the campaign editor's "try it on this sheet") */
  tryCheck(request: CheckRequest): Promise<Report>;
  selectCell(sheet: string, cell: string): Promise<void>;
  /** writes or replaces the summary sheet; returns its name */
  /** the campaign gives the summary its unit-group labels (without it, group ids are shown) */
  writeSummary(report: Report, lang: Lang, campaign?: Campaign): Promise<string>;
  clearMarks(): Promise<ClearOutcome>;
  /** the workbook holds marks of an earlier check (seen by the last listSheets) */
  marksInWorkbook?(): boolean;
  /**
   * after a check: on, edits to the checked sheet re-check themselves (debounced) until the next check,
   * clearing, or off; off, edits made during the check are still caught for a short grace
   */
  setLive?(on: boolean, onUpdate: (u: LiveUpdate) => void): void;
  loadCampaign(): Promise<StoredCampaign>;
  saveCampaign(campaign: Campaign, source: string): Promise<void>;
  loadLayout(sheet: string): LayoutOverride | undefined;
  saveLayout(sheet: string, layout: LayoutOverride | undefined): Promise<void>;
}
