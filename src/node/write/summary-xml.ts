// the engine's summary table as worksheet xml: inline strings only (text stays text), numbers as values,
// internal hyperlinks, frozen heading, AutoFilter, data bars, A4 landscape one page wide
import { cellAddress, type SummaryTable } from "../../engine/core.js";
import { xmlEscape } from "../ooxml/xml.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ref = (r0: number, c0: number) => cellAddress(r0 + 1, c0 + 1);
const area = (a: { top: number; left: number; bottom: number; right: number }) => `${ref(a.top, a.left)}:${ref(a.bottom, a.right)}`;

/** xf id of a cell: its style token, with borders when it lies in a table */
export type StyleOf = (row: number, col: number) => number;

export function summaryXml(t: SummaryTable, styleOf: StyleOf, barColor: string): string {
  const out: string[] = [];
  const links: string[] = [];
  t.rows.forEach((cells, i) => {
    const h = t.heights.get(i);
    const body: string[] = [];
    cells.forEach((c, j) => {
      const s = styleOf(i, j);
      const at = ref(i, j);
      const sAttr = s ? ` s="${s}"` : "";
      if (c.v === null || c.v === "") {
        if (s) body.push(`<c r="${at}"${sAttr}/>`);
      } else if (typeof c.v === "number") body.push(`<c r="${at}"${sAttr}><v>${c.v}</v></c>`);
      else body.push(`<c r="${at}"${sAttr} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(c.v)}</t></is></c>`);
      if (c.link) links.push(`<hyperlink ref="${at}" location="${xmlEscape(c.link)}" display="${xmlEscape(String(c.v))}"/>`);
    });
    if (!body.length && h === undefined) return;
    out.push(`<row r="${i + 1}"${h !== undefined ? ` ht="${h}" customHeight="1"` : ""}>${body.join("")}</row>`);
  });
  const cols = t.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const top = ref(t.freezeRows, 0);
  const view =
    t.freezeRows > 0
      ? `<sheetView workbookViewId="0"><pane ySplit="${t.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView>`
      : `<sheetView workbookViewId="0"/>`;
  const bars = t.dataBars
    .map(
      (a, k) =>
        `<conditionalFormatting sqref="${area(a)}"><cfRule type="dataBar" priority="${k + 1}"><dataBar>` +
        `<cfvo type="num" val="0"/><cfvo type="num" val="1"/><color rgb="${barColor}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${ref(t.rows.length - 1, t.width - 1)}"/>` +
    `<sheetViews>${view}</sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${out.join("")}</sheetData>` +
    (t.filter ? `<autoFilter ref="${area(t.filter)}"/>` : "") +
    bars +
    (links.length ? `<hyperlinks>${links.join("")}</hyperlinks>` : "") +
    `<printOptions gridLines="0"/><pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>` +
    `<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter></worksheet>`
  );
}
