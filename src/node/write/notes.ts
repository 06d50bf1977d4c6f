// notes (legacy comments) on cells: the comments part, its VML drawing, relationships and content types
import { cellAddress } from "../../engine/core.js";
import type { PackageEditor } from "../ooxml/editor.js";
import { el, xmlEscape } from "../ooxml/xml.js";

export interface Note {
  row: number;
  col: number;
  text: string;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const COMMENTS_TYPE = `${REL}/comments`;
const VML_TYPE = `${REL}/vmlDrawing`;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const AUTHOR = "thidua";

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function shape(id: number, n: Note, z: number): string {
  const lines = Math.min(12, 2 + Math.ceil(n.text.length / 40) + (n.text.match(/\n/g)?.length ?? 0));
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:${lines * 13}pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
    `<x:Anchor>${n.col}, 15, ${Math.max(0, n.row - 2)}, 2, ${n.col + 4}, 15, ${n.row - 1 + lines}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${n.row - 1}</x:Row><x:Column>${n.col - 1}</x:Column></x:ClientData></v:shape>`
  );
}

function runs(text: string): string {
  return `<r><rPr><sz val="9"/><color indexed="81"/><rFont val="Tahoma"/><family val="2"/></rPr><t xml:space="preserve">${xmlEscape(text)}</t></r>`;
}

/** idmap blocks used by every VML drawing of the package, so ours take fresh ones */
function usedBlocks(ed: PackageEditor): Set<number> {
  const used = new Set<number>();
  for (const e of ed.zip.entries) {
    if (!/\.vml$/i.test(e.name)) continue;
    const m = /<o:idmap\b[^>]*data\s*=\s*"([^"]*)"/.exec(ed.text(e.name) ?? "");
    for (const d of (m?.[1] ?? "").split(/[\s,]+/)) if (d) used.add(Number(d));
  }
  return used;
}

/** adds notes to a sheet; a cell that already has a note keeps it, with ours appended. Returns the new sheet xml. */
export function addNotes(ed: PackageEditor, sheetPart: string, sheetXml: string, notes: Note[]): string {
  if (!notes.length) return sheetXml;
  const rels = ed.rels(sheetPart);
  const threaded = rels.some((r) => /\/threadedComment$/.test(r.type));
  let commentsPart = rels.find((r) => r.type === COMMENTS_TYPE)?.target;
  const legacyId = /<(?:[\w.-]+:)?legacyDrawing\b[^>]*?(?:r:)?id\s*=\s*"([^"]*)"/.exec(afterSheetData(sheetXml))?.[1];
  let vmlPart = legacyId ? rels.find((r) => r.id === legacyId)?.target : undefined;
  let xml = sheetXml;

  // comments part
  let comments = commentsPart ? ed.text(commentsPart) : undefined;
  if (!commentsPart || comments === undefined) {
    commentsPart = ed.uniqueName("xl/comments", ".xml");
    comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN_NS}"><authors></authors><commentList></commentList></comments>`;
    ed.addRel(sheetPart, COMMENTS_TYPE, commentsPart);
    ed.contentType({ part: commentsPart, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml" });
  }
  const authors = [...comments.matchAll(new RegExp(`<${el("author")}>([\\s\\S]*?)</${el("author")}>|<${el("author")}/>`, "g"))];
  let authorId = authors.findIndex((a) => a[1] === AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    comments = /<(?:[\w.-]+:)?authors\s*\/>/.test(comments)
      ? comments.replace(/<((?:[\w.-]+:)?)authors\s*\/>/, (_, p: string) => `<${p}authors><${p}author>${AUTHOR}</${p}author></${p}authors>`)
      : comments.replace(/<\/((?:[\w.-]+:)?)authors>/, (_, p: string) => `<${p}author>${AUTHOR}</${p}author></${p}authors>`);
  }
  const fresh: Note[] = [];
  const added: string[] = [];
  for (const n of notes) {
    const ref = cellAddress(n.row, n.col);
    const existing: RegExp | undefined = !comments.includes(`"${ref}"`)
      ? undefined
      : new RegExp(`(<(?:[\\w.-]+:)?comment\\b[^>]*\\bref\\s*=\\s*"${ref}"[^>]*>[\\s\\S]*?<(?:[\\w.-]+:)?text\\b[^>]*>)([\\s\\S]*?)(</(?:[\\w.-]+:)?text>)`);
    const m: RegExpExecArray | null | undefined = existing?.exec(comments);
    if (m) {
      if (threaded) continue; // a modern threaded comment owns this cell: leave it alone
      // keep the user's note, as runs, and add ours after it
      const body: string = m[2]!.replace(/^\s*<(?:[\w.-]+:)?t\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?t>/, (_: string, t: string) => `<r><t xml:space="preserve">${t}</t></r>`);
      // spliced by position: user text never goes through a replacement pattern ($&, $1 … stay as typed)
      comments = comments.slice(0, m.index) + m[1] + body + runs(`\n\n${n.text}`) + m[3] + comments.slice(m.index + m[0].length);
    } else {
      fresh.push(n);
      added.push(`<comment ref="${ref}" authorId="${authorId}"><text>${runs(n.text)}</text></comment>`);
    }
  }
  comments = /<(?:[\w.-]+:)?commentList\s*\/>/.test(comments)
    ? comments.replace(/<((?:[\w.-]+:)?)commentList\s*\/>/, (_, p: string) => `<${p}commentList>${added.join("")}</${p}commentList>`)
    : comments.replace(/<\/((?:[\w.-]+:)?)commentList>/, (_, p: string) => `${added.join("")}</${p}commentList>`);
  ed.set(commentsPart, comments);
  if (!fresh.length) return xml;

  // the VML drawing that shows them
  let vml = vmlPart ? ed.text(vmlPart) : undefined;
  const used = usedBlocks(ed);
  const blocks: number[] = [];
  for (let b = 1; blocks.length < Math.ceil(fresh.length / 1023) + 1; b++) if (!used.has(b)) blocks.push(b);
  if (!vmlPart || vml === undefined) {
    vmlPart = ed.uniqueName("xl/drawings/vmlDrawing", ".vml");
    vml =
      '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
      `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${blocks.join(",")}"/></o:shapelayout>${SHAPETYPE}</xml>`;
    const id = ed.addRel(sheetPart, VML_TYPE, vmlPart);
    xml = insertLegacyDrawing(xml, id);
  } else {
    vml = vml.replace(/(<o:idmap\b[^>]*data\s*=\s*")([^"]*)"/, (_, a: string, d: string) => `${a}${[d, ...blocks].filter(Boolean).join(",")}"`);
    if (!/_x0000_t202/.test(vml)) vml = vml.replace(/<\/xml>\s*$/, () => `${SHAPETYPE}</xml>`);
  }
  ed.contentType({ ext: "vml", type: "application/vnd.openxmlformats-officedocument.vmlDrawing" });
  const shapes: string[] = [];
  fresh.forEach((n, k) => {
    const i = k + 1; // offset 0 of a block is never used, as Excel does
    const block = blocks[Math.floor((i - 1) / 1023)]!;
    shapes.push(shape(block * 1024 + 1 + (i - 1) % 1023, n, i));
  });
  ed.set(vmlPart, vml.replace(/<\/xml>\s*$/, () => `${shapes.join("")}</xml>`));
  return xml;
}

/** the part of a worksheet after its cells, where every element we look for lives (cheap on big sheets) */
function afterSheetData(xml: string): string {
  const at = xml.lastIndexOf("sheetData");
  return at < 0 ? xml : xml.slice(at);
}

/** <legacyDrawing> goes where the schema wants it: after <drawing>, before legacyDrawingHF … extLst */
function insertLegacyDrawing(xml: string, id: string): string {
  const p = /<((?:[\w.-]+:)?)worksheet\b/.exec(xml)?.[1] ?? "";
  const hasR = /xmlns:r\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.test(xml);
  const tag = `<${p}legacyDrawing ${hasR ? "" : `xmlns:r="${REL}" `}r:id="${id}"/>`;
  const after = ["legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
  const from = xml.length - afterSheetData(xml).length;
  const tail = xml.slice(from);
  for (const name of after) {
    const m = new RegExp(`<${el(name)}[\\s/>]`).exec(tail);
    if (m) return xml.slice(0, from + m.index) + tag + xml.slice(from + m.index);
  }
  const end = xml.lastIndexOf(`</${p}worksheet>`);
  return xml.slice(0, end) + tag + xml.slice(end);
}
