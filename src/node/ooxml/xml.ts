// just enough xml for package parts: attributes, escaping, element lookup with optional prefixes

/** text for element content or attributes; a literal "_x0041_" is kept literal (OOXML reads _xHHHH_ as a character) */
export function xmlEscape(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, (_, rest: string) => `_x005F_${rest}`)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`);
}

export function xmlUnescape(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? _;
  });
}

/** attributes of one start tag, e.g. `<sheet name="A" r:id="rId1"/>`; names keep their prefix */
export function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out[m[1]!] = xmlUnescape(m[3] ?? m[4] ?? "");
  return out;
}

/** the attribute whatever its prefix, e.g. "id" finds r:id */
export function attrLocal(a: Record<string, string>, local: string): string | undefined {
  for (const [k, v] of Object.entries(a)) if (k === local || k.endsWith(":" + local)) return v;
  return undefined;
}

/** a regex source matching an element name with an optional namespace prefix */
export function el(name: string): string {
  return `(?:[A-Za-z_][\\w.-]*:)?${name}`;
}

/** every start tag (or empty element) of this name */
export function startTags(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${el(name)}(?=[\\s/>])[^>]*>`, "g")) ?? [];
}

/** the prefix the document root uses ("" or "x:") */
export function rootPrefix(xml: string): string {
  const m = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*[\s>]/.exec(xml.replace(/<\?[^>]*\?>/g, "").replace(/<!--[\s\S]*?-->/g, ""));
  return m?.[1] ?? "";
}
