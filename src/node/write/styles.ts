// adds fills and cell formats to styles.xml without touching the formats already there
import { PALETTE, type Severity } from "../../engine/core.js";
import { attrs, el, rootPrefix } from "../ooxml/xml.js";

/** a palette colour (#RRGGBB) as the ARGB styles.xml writes */
export const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** Excel's built-in number formats that need no <numFmt> entry */
const BUILTIN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "#,##0": 3, "0%": 9, "@": 49 };

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

interface Section {
  start: number; // index of the opening tag
  bodyStart: number; // after the opening tag
  bodyEnd: number; // index of the closing tag
  end: number; // after the closing tag
  items: string[];
}

function section(xml: string, name: string, item: string): Section | undefined {
  const open = new RegExp(`<${el(name)}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return undefined;
  const start = open.index;
  const bodyStart = start + open[0].length;
  if (open[1] === "/") return { start, bodyStart, bodyEnd: bodyStart, end: bodyStart, items: [] };
  const close = new RegExp(`</${el(name)}>`, "g");
  close.lastIndex = bodyStart;
  const c = close.exec(xml);
  if (!c) throw new Error(`styles.xml: unclosed <${name}>`);
  const body = xml.slice(bodyStart, c.index);
  const items = body.match(new RegExp(`<${el(item)}\\b(?:[^>]*?/>|[^>]*>[\\s\\S]*?</${el(item)}>)`, "g")) ?? [];
  return { start, bodyStart, bodyEnd: c.index, end: c.index + c[0].length, items };
}

/** a growing styles.xml: new fonts, fills and cell formats are appended and get the next index */
export class StylesPatch {
  private readonly p: string;
  private readonly fonts: string[];
  private readonly fills: string[];
  private readonly borders: string[];
  private readonly numFmts: string[];
  private readonly xfs: string[];
  private readonly baseBorders: number;
  private readonly baseNumFmts: number;
  private readonly baseFonts: number;
  private readonly baseFills: number;
  private readonly baseXfs: number;
  private readonly derived = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();

  /** styles.xml as found; a missing or unusable one is replaced by a minimal one */
  static open(xml: string | undefined): StylesPatch {
    const ok = xml !== undefined && section(xml, "fonts", "font")?.items.length && section(xml, "cellXfs", "xf")?.items.length;
    return new StylesPatch(ok ? xml : MINIMAL_STYLES);
  }

  private constructor(private readonly xml: string) {
    this.p = rootPrefix(xml);
    this.fonts = section(xml, "fonts", "font")?.items ?? [];
    this.fills = section(xml, "fills", "fill")?.items ?? [];
    this.borders = section(xml, "borders", "border")?.items ?? [];
    this.numFmts = section(xml, "numFmts", "numFmt")?.items ?? [];
    this.xfs = section(xml, "cellXfs", "xf")?.items ?? [];
    this.baseBorders = this.borders.length;
    this.baseNumFmts = this.numFmts.length;
    this.baseFonts = this.fonts.length;
    this.baseFills = this.fills.length;
    this.baseXfs = this.xfs.length;
  }

  get xfCount(): number {
    return this.xfs.length;
  }

  /** the default font's name and size, for fonts we add */
  private baseFont(): { name: string; size: string } {
    const f = this.fonts[0] ?? "";
    const name = /<(?:\w+:)?name\s+val="([^"]*)"/.exec(f)?.[1] ?? "Calibri";
    const size = /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(f)?.[1] ?? "11";
    return { name, size };
  }

  addFill(argb: string): number {
    const known = this.fillIds.get(argb);
    if (known !== undefined) return known;
    const p = this.p;
    this.fills.push(`<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`);
    const id = this.fills.length - 1;
    this.fillIds.set(argb, id);
    return id;
  }

  /** thin borders on all four sides in one colour (ARGB) */
  addBorder(color: string): number {
    const p = this.p;
    const side = (s: string) => `<${p}${s} style="thin"><${p}color rgb="${color}"/></${p}${s}>`;
    this.borders.push(`<${p}border>${side("left")}${side("right")}${side("top")}${side("bottom")}<${p}diagonal/></${p}border>`);
    return this.borders.length - 1;
  }

  /** a number format's id: a built-in one, one the workbook has, or a new custom one (164 up) */
  addNumFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const esc = code.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    for (const f of this.numFmts) {
      const a = attrs(f);
      if (a["formatCode"] === code) return Number(a["numFmtId"]);
    }
    const id = Math.max(163, ...this.numFmts.map((f) => Number(attrs(f)["numFmtId"] ?? 0))) + 1;
    this.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${esc}"/>`);
    return id;
  }

  addFont(o: { bold?: boolean; size?: number; underline?: boolean; italic?: boolean; color?: string }): number {
    const p = this.p;
    const base = this.baseFont();
    const parts = [
      o.bold ? `<${p}b/>` : "",
      o.italic ? `<${p}i/>` : "",
      o.underline ? `<${p}u/>` : "",
      `<${p}sz val="${o.size ?? base.size}"/>`,
      o.color ? `<${p}color rgb="${o.color}"/>` : "",
      `<${p}name val="${base.name}"/>`,
    ];
    this.fonts.push(`<${p}font>${parts.join("")}</${p}font>`);
    return this.fonts.length - 1;
  }

  /** a new cell format from scratch (for the summary sheet) */
  addXf(o: { fontId?: number; fillId?: number; wrap?: boolean; borderId?: number; numFmtId?: number; align?: "left" | "right" | "center" }): number {
    const p = this.p;
    const a = [`numFmtId="${o.numFmtId ?? 0}"`, `fontId="${o.fontId ?? 0}"`, `fillId="${o.fillId ?? 0}"`, `borderId="${o.borderId ?? 0}"`, `xfId="0"`];
    if (o.numFmtId) a.push(`applyNumberFormat="1"`);
    if (o.fontId) a.push(`applyFont="1"`);
    if (o.fillId) a.push(`applyFill="1"`);
    if (o.borderId) a.push(`applyBorder="1"`);
    if (o.wrap || o.align) a.push(`applyAlignment="1"`);
    const al = [o.align ? `horizontal="${o.align}"` : "", `vertical="top"`, o.wrap ? `wrapText="1"` : ""].filter(Boolean).join(" ");
    const align = o.wrap || o.align ? `<${p}alignment ${al}/>` : "";
    this.xfs.push(align ? `<${p}xf ${a.join(" ")}>${align}</${p}xf>` : `<${p}xf ${a.join(" ")}/>`);
    return this.xfs.length - 1;
  }

  /** the cell format `xf` with its fill replaced by the severity's fill; everything else kept */
  withFill(xf: number, severity: Severity): number {
    const key = `${xf}:${severity}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    const fillId = this.addFill(argb(PALETTE[severity]));
    const src = this.xfs[xf] ?? this.xfs[0]!;
    const tag = /^<[^>]*?(\/?)>/.exec(src)!;
    const a = attrs(tag[0]);
    a["fillId"] = String(fillId);
    a["applyFill"] = "1";
    const name = /^<([\w:]+)/.exec(src)![1]!;
    const open = `<${name} ${Object.entries(a)
      .map(([k, v]) => `${k}="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"`)
      .join(" ")}`;
    const cloned = tag[1] === "/" ? `${open}/>` : open + src.slice(tag[0].length - 1);
    this.xfs.push(cloned);
    const id = this.xfs.length - 1;
    this.derived.set(key, id);
    return id;
  }

  toString(): string {
    let xml = this.xml;
    const replaceSection = (name: string, item: string, items: string[], base: number) => {
      if (items.length === base) return;
      const s = section(xml, name, item);
      const p = this.p;
      const body = items.join("");
      if (!s) {
        // a missing part: <numFmts> goes before <fonts>, <fills> and <borders> after the one before (the schema's order)
        const fonts = section(xml, "fonts", "font")!;
        const el = `<${p}${name} count="${items.length}">${body}</${p}${name}>`;
        if (name === "numFmts") xml = xml.slice(0, fonts.start) + el + xml.slice(fonts.start);
        else {
          const before = (name === "borders" ? section(xml, "fills", "fill") : undefined) ?? fonts;
          xml = xml.slice(0, before.end) + el + xml.slice(before.end);
        }
        return;
      }
      const openTag = xml.slice(s.start, s.bodyStart).replace(/\/>$/, ">").replace(/\bcount\s*=\s*"\d*"/, "").replace(/\s*>$/, "");
      xml = xml.slice(0, s.start) + `${openTag} count="${items.length}">${body}</${p}${name}>` + xml.slice(s.end);
    };
    replaceSection("numFmts", "numFmt", this.numFmts, this.baseNumFmts);
    replaceSection("fonts", "font", this.fonts, this.baseFonts);
    replaceSection("fills", "fill", this.fills, this.baseFills);
    replaceSection("borders", "border", this.borders, this.baseBorders);
    replaceSection("cellXfs", "xf", this.xfs, this.baseXfs);
    return xml;
  }
}
