// the summary sheet's worksheet xml: inline strings only (text stays text), internal hyperlinks
import { cellAddress } from "../../engine/index.js";
import { xmlEscape } from "../ooxml/xml.js";
import type { CellStyle, SummaryCell } from "./summary.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function summaryXml(rows: SummaryCell[][], styleOf: (s: CellStyle) => number, widths: number[]): string {
  const out: string[] = [];
  const links: string[] = [];
  rows.forEach((cells, i) => {
    const r = i + 1;
    if (!cells.length) return;
    out.push(`<row r="${r}">`);
    cells.forEach((c, j) => {
      const ref = cellAddress(r, j + 1);
      const s = c.style ? ` s="${styleOf(c.style)}"` : "";
      if (c.v === null || c.v === "") out.push(s ? `<c r="${ref}"${s}/>` : "");
      else if (typeof c.v === "number") out.push(`<c r="${ref}"${s}><v>${c.v}</v></c>`);
      else out.push(`<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(c.v)}</t></is></c>`);
      if (c.link) links.push(`<hyperlink ref="${ref}" location="${xmlEscape(c.link)}" display="${xmlEscape(String(c.v))}"/>`);
    });
    out.push("</row>");
  });
  const cols = widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${out.join("")}</sheetData>` +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/></worksheet>`
  );
}
