// edits an xlsx package: parts replaced or added are written anew, every other part copied byte for byte
import { posix } from "node:path";
import type { ZipArchive } from "../zip/read-zip.js";
import { writeZip, type ZipOutEntry } from "../zip/write-zip.js";
import { readRels, relsPartFor, type Relationship } from "./package.js";
import { xmlEscape } from "./xml.js";

const CT = "[Content_Types].xml";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export class PackageEditor {
  private readonly changed = new Map<string, Buffer>(); // lower-case name -> data
  private readonly names = new Map<string, string>(); // lower-case -> name as written
  private readonly removed = new Set<string>();

  constructor(readonly zip: ZipArchive) {}

  has(part: string): boolean {
    const k = part.toLowerCase();
    return !this.removed.has(k) && (this.changed.has(k) || this.zip.has(part));
  }

  text(part: string): string | undefined {
    const k = part.toLowerCase();
    if (this.removed.has(k)) return undefined;
    const c = this.changed.get(k);
    return c ? c.toString("utf8") : this.zip.readText(part);
  }

  set(part: string, data: string | Buffer): void {
    const k = part.toLowerCase();
    this.removed.delete(k);
    this.changed.set(k, typeof data === "string" ? Buffer.from(data, "utf8") : data);
    this.names.set(k, this.zip.get(part)?.name ?? part);
  }

  remove(part: string): void {
    const k = part.toLowerCase();
    this.changed.delete(k);
    this.removed.add(k);
  }

  /** a part name not yet used, e.g. uniqueName("xl/comments", ".xml") -> xl/comments3.xml */
  uniqueName(stem: string, ext: string): string {
    for (let i = 1; ; i++) if (!this.has(`${stem}${i}${ext}`)) return `${stem}${i}${ext}`;
  }

  rels(source: string): Relationship[] {
    const xml = this.text(relsPartFor(source));
    if (xml === undefined) return [];
    if (this.changed.has(relsPartFor(source).toLowerCase())) return parseRelsText(xml, source);
    return readRels(this.zip, source);
  }

  /** adds a relationship from source to target (a part name or an external address); returns its id */
  addRel(source: string, type: string, target: string, external = false): string {
    const part = relsPartFor(source);
    const existing = this.text(part) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}"></Relationships>`;
    const ids = new Set([...existing.matchAll(/\bId\s*=\s*"([^"]*)"/g)].map((m) => m[1]));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const rel = external ? target : relativeTarget(source, target);
    const el = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(rel)}"${external ? ' TargetMode="External"' : ""}/>`;
    const xml = /<Relationships\b[^>]*\/>/.test(existing)
      ? existing.replace(/<Relationships\b([^>]*)\/>/, (_, a: string) => `<Relationships${a}>${el}</Relationships>`)
      : existing.replace(/<\/Relationships>\s*$/, () => `${el}</Relationships>`);
    this.set(part, xml);
    return id;
  }

  removeRels(source: string): void {
    const part = relsPartFor(source);
    if (this.has(part)) this.remove(part);
  }

  /** makes sure [Content_Types].xml knows this part (Override) or this extension (Default) */
  contentType(o: { part: string; type: string } | { ext: string; type: string }): void {
    let xml = this.text(CT) ?? "";
    if ("ext" in o) {
      if (new RegExp(`<Default\\b[^>]*Extension\\s*=\\s*"${o.ext}"`, "i").test(xml)) return;
      xml = xml.replace(/<\/Types>\s*$/, () => `<Default Extension="${o.ext}" ContentType="${o.type}"/></Types>`);
    } else {
      const name = "/" + o.part.replace(/^\//, "");
      const re = new RegExp(`<Override\\b[^>]*PartName\\s*=\\s*"${name.replace(/[.[\]]/g, "\\$&")}"[^>]*/>`, "i");
      const el = `<Override PartName="${name}" ContentType="${o.type}"/>`;
      xml = re.test(xml) ? xml.replace(re, () => el) : xml.replace(/<\/Types>\s*$/, () => `${el}</Types>`);
    }
    this.set(CT, xml);
  }

  toBuffer(): Buffer {
    const entries: ZipOutEntry[] = [];
    const seen = new Set<string>();
    for (const e of this.zip.entries) {
      const k = e.name.toLowerCase();
      seen.add(k);
      if (this.removed.has(k)) continue;
      const c = this.changed.get(k);
      entries.push(c ? { name: e.name, data: c } : { name: e.name, copy: e, from: this.zip });
    }
    for (const [k, data] of this.changed) if (!seen.has(k)) entries.push({ name: this.names.get(k) ?? k, data });
    // [Content_Types].xml first, as Office writes it
    entries.sort((a, b) => Number(b.name === CT) - Number(a.name === CT));
    return writeZip(entries);
  }
}

export function relativeTarget(source: string, target: string): string {
  const dir = posix.dirname(source);
  return posix.relative(dir === "." ? "" : dir, target) || posix.basename(target);
}

function parseRelsText(xml: string, source: string): Relationship[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
    const t = m[0];
    const get = (n: string) => new RegExp(`\\b${n}\\s*=\\s*"([^"]*)"`).exec(t)?.[1] ?? "";
    const external = get("TargetMode") === "External";
    const raw = get("Target");
    const target = external ? raw : raw.startsWith("/") ? raw.slice(1) : posix.normalize(posix.join(posix.dirname(source), raw));
    return { id: get("Id"), type: get("Type"), target, external };
  });
}
