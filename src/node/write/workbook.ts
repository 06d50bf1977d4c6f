// adds a worksheet at the end of the workbook, or replaces the content of one with the same name
import type { PackageEditor } from "../ooxml/editor.js";
import type { PackageInfo } from "../ooxml/package.js";
import { attrs, xmlEscape } from "../ooxml/xml.js";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WS_TYPE = `${REL}/worksheet`;
const WS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** the styles part, created (with its relationship and content type) when the workbook has none */
export function stylesPart(ed: PackageEditor, pkg: PackageInfo): string {
  const rel = ed.rels(pkg.workbookPart).find((r) => /\/styles$/.test(r.type));
  if (rel && ed.has(rel.target)) return rel.target;
  const part = "xl/styles.xml";
  if (!rel) ed.addRel(pkg.workbookPart, `${REL}/styles`, part);
  ed.contentType({ part, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" });
  return part;
}

export function putSheet(ed: PackageEditor, pkg: PackageInfo, name: string, xml: string): string {
  const same = pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase() && s.kind === "worksheet");
  if (same) {
    // replace: same place, same id; whatever hung off the old sheet (notes, drawings) is let go
    ed.set(same.part, xml);
    ed.removeRels(same.part);
    return same.part;
  }
  const part = ed.uniqueName("xl/worksheets/sheet", ".xml");
  ed.set(part, xml);
  const rId = ed.addRel(pkg.workbookPart, WS_TYPE, part);
  ed.contentType({ part, type: WS_CT });
  let wb = ed.text(pkg.workbookPart)!;
  const maxId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const p = /<((?:[\w.-]+:)?)workbook\b/.exec(wb)?.[1] ?? "";
  const rPrefix = new RegExp(`xmlns:(\\w+)\\s*=\\s*"${REL.replace(/[./]/g, "\\$&")}"`).exec(wb)?.[1];
  const idAttr = rPrefix ? `${rPrefix}:id="${rId}"` : `xmlns:r="${REL}" r:id="${rId}"`;
  const el = `<${p}sheet name="${xmlEscape(name)}" sheetId="${maxId + 1}" ${idAttr}/>`;
  const close = `</${p}sheets>`;
  const at = wb.indexOf(close);
  wb = at >= 0 ? wb.slice(0, at) + el + wb.slice(at) : wb.replace(new RegExp(`<${p}sheets\\s*/>`), () => `<${p}sheets>${el}</${p}sheets>`);
  ed.set(pkg.workbookPart, wb);
  return part;
}

/** the rows repeated at the top of every printed page of a sheet (Excel's print titles: one row range per sheet) */
export function setPrintTitles(ed: PackageEditor, pkg: PackageInfo, name: string, row: number | null): void {
  let wb = ed.text(pkg.workbookPart)!;
  const p = /<((?:[\w.-]+:)?)workbook\b/.exec(wb)?.[1] ?? "";
  const sheets = [...wb.matchAll(new RegExp(`<${p.replace(".", "\\.")}sheet\\b[^>]*>`, "g"))].map((m) => attrs(m[0])["name"] ?? "");
  const index = sheets.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (index < 0) return;
  // the sheet's own print titles go (a replaced summary), then ours come in
  const own = new RegExp(`<${p}definedName\\b(?=[^>]*name="_xlnm\\.Print_Titles")(?=[^>]*localSheetId="${index}")[^>]*>[^<]*</${p}definedName>`, "g");
  wb = wb.replace(own, () => "");
  if (row !== null) {
    const el = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${index}">${xmlEscape(`'${name.replace(/'/g, "''")}'!$${row}:$${row}`)}</${p}definedName>`;
    const close = `</${p}definedNames>`;
    if (wb.includes(close)) wb = wb.replace(close, () => el + close);
    else {
      const after = wb.includes(`</${p}externalReferences>`) ? `</${p}externalReferences>` : `</${p}sheets>`;
      wb = wb.replace(after, () => `${after}<${p}definedNames>${el}</${p}definedNames>`);
    }
  }
  ed.set(pkg.workbookPart, wb);
}
