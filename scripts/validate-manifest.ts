// offline structural check of manifest.xml (office-addin-manifest's validate needs Microsoft's web service)
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";

type Node = Record<string, unknown>;

export interface ManifestReport {
  errors: string[];
  checked: number;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ICON_URL = /\/assets\/icon-(\d+)\.png$/;

const arr = (v: unknown): Node[] => (Array.isArray(v) ? (v as Node[]) : v === undefined ? [] : [v as Node]);
const at = (n: unknown, ...path: string[]): unknown => path.reduce<unknown>((cur, k) => (cur && typeof cur === "object" ? (cur as Node)[k] : undefined), n);
const attr = (n: unknown, name: string): string | undefined => {
  const v = at(n, `@_${name}`);
  return v === undefined ? undefined : String(v);
};

/** width and height from a PNG's IHDR chunk; null when the file is not a PNG */
export function pngSize(buf: Buffer): { width: number; height: number } | null {
  const sig = "89504e470d0a1a0a";
  if (buf.length < 24 || buf.subarray(0, 8).toString("hex") !== sig || buf.subarray(12, 16).toString("ascii") !== "IHDR") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

export function validateManifest(xml: string, root: string): ManifestReport {
  const errors: string[] = [];
  let checked = 0;
  const need = (ok: unknown, message: string) => {
    checked++;
    if (!ok) errors.push(message);
  };
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return { errors: [`not well-formed XML: ${wellFormed.err.msg} (line ${wellFormed.err.line})`], checked: 1 };
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", parseTagValue: false, trimValues: true }).parse(xml) as Node;
  const app = doc["OfficeApp"] as Node | undefined;
  if (!app) return { errors: ["the root element must be <OfficeApp>"], checked: 1 };

  need(attr(app, "xsi:type") === "TaskPaneApp", 'OfficeApp must have xsi:type="TaskPaneApp"');
  need(GUID.test(String(app["Id"] ?? "")), "<Id> must be a GUID");
  need(/^\d+\.\d+\.\d+\.\d+$/.test(String(app["Version"] ?? "")), "<Version> must look like 1.0.0.0");
  need(String(app["ProviderName"] ?? "").length > 0, "<ProviderName> is required");
  need(app["DefaultLocale"] === "vi-VN", "<DefaultLocale> must be vi-VN (Vietnamese first)");
  for (const [tag, max] of [["DisplayName", 125], ["Description", 250]] as const) {
    const el = app[tag];
    const value = attr(el, "DefaultValue") ?? "";
    need(value.length > 0 && value.length <= max, `<${tag}> needs a DefaultValue of 1–${max} characters`);
    const en = arr(at(el, "Override")).find((o) => attr(o, "Locale") === "en-US");
    need(en && (attr(en, "Value") ?? "").length > 0, `<${tag}> needs an en-US <Override>`);
  }
  const hosts = arr(at(app, "Hosts", "Host")).map((h) => attr(h, "Name"));
  need(hosts.length === 1 && hosts[0] === "Workbook", '<Hosts> must hold exactly <Host Name="Workbook"/>');
  const sets = arr(at(app, "Requirements", "Sets", "Set"));
  const excel = sets.find((s) => attr(s, "Name") === "ExcelApi");
  need(excel && attr(excel, "MinVersion") === "1.9", '<Requirements> must ask for ExcelApi MinVersion="1.9" (RangeAreas)');
  need(app["Permissions"] === "ReadWriteDocument", "<Permissions> must be ReadWriteDocument");
  const source = attr(at(app, "DefaultSettings", "SourceLocation"), "DefaultValue") ?? "";
  need(source.startsWith("https://"), "<DefaultSettings><SourceLocation> must be an https URL");

  // every URL https; icons exist in assets/ at the size their name says
  const urls: [string, string][] = [
    ["IconUrl", attr(app["IconUrl"], "DefaultValue") ?? ""],
    ["HighResolutionIconUrl", attr(app["HighResolutionIconUrl"], "DefaultValue") ?? ""],
    ["SupportUrl", attr(app["SupportUrl"], "DefaultValue") ?? ""],
  ];
  const vo = app["VersionOverrides"] as Node | undefined;
  need(vo && attr(vo, "xsi:type") === "VersionOverridesV1_0", "<VersionOverrides xsi:type=\"VersionOverridesV1_0\"> is required for the ribbon button");
  const res = (vo?.["Resources"] ?? {}) as Node;
  const images = arr(at(res, "bt:Images", "bt:Image"));
  const links = arr(at(res, "bt:Urls", "bt:Url"));
  const shorts = arr(at(res, "bt:ShortStrings", "bt:String"));
  const longs = arr(at(res, "bt:LongStrings", "bt:String"));
  for (const i of images) urls.push([`bt:Image ${attr(i, "id")}`, attr(i, "DefaultValue") ?? ""]);
  for (const u of links) urls.push([`bt:Url ${attr(u, "id")}`, attr(u, "DefaultValue") ?? ""]);
  for (const [what, url] of urls) {
    need(url.startsWith("https://"), `${what} must be an https URL (got "${url}")`);
    const asset = /^https:\/\/[^/]+\/assets\/([^?#]+)$/.exec(url);
    if (asset) need(existsSync(join(root, "assets", asset[1]!)), `${what}: assets/${asset[1]} does not exist`);
    const icon = ICON_URL.exec(url);
    if (!icon) continue;
    const size = Number(icon[1]);
    const file = join(root, "assets", `icon-${size}.png`);
    need(existsSync(file), `${what}: assets/icon-${size}.png is missing`);
    if (!existsSync(file)) continue;
    const dims = pngSize(readFileSync(file));
    need(dims && dims.width === size && dims.height === size, `${what}: assets/icon-${size}.png must be a ${size}×${size} PNG (got ${dims ? `${dims.width}×${dims.height}` : "not a PNG"})`);
  }
  need(ICON_URL.exec(urls[0]![1])?.[1] === "32", "IconUrl must be the 32 px icon");
  need(ICON_URL.exec(urls[1]![1])?.[1] === "64", "HighResolutionIconUrl must be the 64 px icon");

  // resource ids: unique, every resid points at one, every string has its English override and fits
  const ids = [...images, ...links, ...shorts, ...longs].map((n) => attr(n, "id") ?? "");
  const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
  need(dup.length === 0, `duplicate resource ids: ${[...new Set(dup)].join(", ")}`);
  for (const [list, max] of [[shorts, 125], [longs, 250]] as const) {
    for (const s of list) {
      const id = attr(s, "id");
      need((attr(s, "DefaultValue") ?? "").length <= max, `bt:String ${id} is longer than ${max} characters`);
      need(arr(at(s, "bt:Override")).some((o) => attr(o, "Locale") === "en-US"), `bt:String ${id} needs an en-US <bt:Override>`);
    }
  }
  const residsUsed = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
  for (const r of new Set(residsUsed)) need(ids.includes(r), `resid "${r}" has no resource`);
  for (const id of ids) need(residsUsed.includes(id), `resource "${id}" is never used`);

  // the Home tab button that opens the pane at the same page as DefaultSettings
  const host = arr(at(vo, "Hosts", "Host")).find((h) => attr(h, "xsi:type") === "Workbook");
  need(host, 'VersionOverrides needs <Host xsi:type="Workbook">');
  const point = arr(at(host, "DesktopFormFactor", "ExtensionPoint")).find((p) => attr(p, "xsi:type") === "PrimaryCommandSurface");
  need(point, "a PrimaryCommandSurface extension point is required");
  const tab = arr(at(point, "OfficeTab")).find((t) => attr(t, "id") === "TabHome");
  need(tab, 'the button must sit on the Home tab (<OfficeTab id="TabHome">)');
  const controls = arr(at(tab, "Group")).flatMap((g) => arr(at(g, "Control")));
  const button = controls.find((c) => attr(c, "xsi:type") === "Button" && attr(at(c, "Action"), "xsi:type") === "ShowTaskpane");
  need(button, "a Button with a ShowTaskpane action is required");
  const paneResid = attr(at(button, "Action", "SourceLocation"), "resid");
  const paneUrl = attr(links.find((u) => attr(u, "id") === paneResid), "DefaultValue");
  need(paneUrl === source, `the button's pane URL (${paneUrl}) must be DefaultSettings' SourceLocation (${source})`);
  const sizes = arr(at(button, "Icon", "bt:Image")).map((i) => attr(i, "size"));
  need(["16", "32", "80"].every((s) => sizes.includes(s)), "the button needs 16, 32 and 80 px icons");
  return { errors, checked };
}

function main(): number {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const path = resolve(process.argv[2] ?? join(root, "manifest.xml"));
  const report = validateManifest(readFileSync(path, "utf8"), dirname(path));
  if (report.errors.length > 0) {
    for (const e of report.errors) console.error(`✗ ${e}`);
    console.error(`${path}: ${report.errors.length} problem(s)`);
    return 1;
  }
  console.log(`✓ ${path}: ${report.checked} checks passed (offline structural validation)`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
