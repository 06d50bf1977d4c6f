// the parts of an xlsx package that locate its sheets: content types, relationships, workbook
import { posix } from "node:path";
import type { ZipArchive } from "../zip/read-zip.js";
import { attrLocal, attrs, startTags } from "./xml.js";

export interface Relationship {
  id: string;
  type: string;
  target: string; // resolved part name without leading "/", or the raw target when external
  external: boolean;
}

export interface SheetRef {
  name: string;
  sheetId: number;
  rId: string;
  state: "visible" | "hidden" | "veryHidden";
  part: string; // e.g. xl/worksheets/sheet1.xml
  kind: "worksheet" | "chartsheet" | "other";
}

export interface PackageInfo {
  workbookPart: string;
  sheets: SheetRef[];
  date1904: boolean;
}

export function relsPartFor(part: string): string {
  const dir = posix.dirname(part);
  return posix.join(dir === "." ? "" : dir, "_rels", posix.basename(part) + ".rels");
}

export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dir = posix.dirname(sourcePart);
  return posix.normalize(posix.join(dir === "." ? "" : dir, target)).replace(/^\.\//, "");
}

export function readRels(zip: ZipArchive, sourcePart: string): Relationship[] {
  const xml = zip.readText(relsPartFor(sourcePart));
  if (!xml) return [];
  return startTags(xml, "Relationship").map((t) => {
    const a = attrs(t);
    const external = a["TargetMode"] === "External";
    const raw = a["Target"] ?? "";
    return { id: a["Id"] ?? "", type: a["Type"] ?? "", target: external ? raw : resolveTarget(sourcePart, raw), external };
  });
}

/** reads where the workbook and its sheets live; undefined when this zip is not an Excel workbook */
export function readPackage(zip: ZipArchive): PackageInfo | undefined {
  if (!zip.has("[Content_Types].xml")) return undefined;
  const officeDoc = readRels(zip, "").find((r) => /\/officeDocument$/.test(r.type));
  const workbookPart = officeDoc?.target ?? "xl/workbook.xml";
  const wbXml = zip.readText(workbookPart);
  if (!wbXml || !/<(?:[\w.-]+:)?workbook[\s>]/.test(wbXml)) return undefined;
  const rels = new Map(readRels(zip, workbookPart).map((r) => [r.id, r]));
  const sheets: SheetRef[] = startTags(wbXml, "sheet").map((t) => {
    const a = attrs(t);
    const rId = attrLocal(a, "id") ?? "";
    const rel = rels.get(rId);
    const kind = !rel ? "other" : /\/worksheet$/.test(rel.type) ? "worksheet" : /\/chartsheet$/.test(rel.type) ? "chartsheet" : "other";
    const state = a["state"] === "hidden" || a["state"] === "veryHidden" ? a["state"] : "visible";
    return { name: a["name"] ?? "", sheetId: Number(a["sheetId"] ?? 0), rId, state, part: rel?.target ?? "", kind };
  });
  const pr = startTags(wbXml, "workbookPr")[0];
  const date1904 = pr ? /date1904\s*=\s*["'](1|true)["']/.test(pr) : false;
  return { workbookPart, sheets, date1904 };
}
