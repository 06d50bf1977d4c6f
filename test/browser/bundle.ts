// the pane's initial JavaScript: the entry script and the modules the HTML preloads, gzipped
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function initialJs(dist: string, page = "taskpane.html"): { files: string[]; gzipBytes: number; rawBytes: number } {
  const html = readFileSync(join(dist, page), "utf8");
  const files = [...html.matchAll(/<(?:script[^>]*type="module"[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  let gzipBytes = 0;
  let rawBytes = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f.replace(/^\//, "")));
    rawBytes += buf.length;
    gzipBytes += gzipSync(buf, { level: 9 }).length;
  }
  return { files, gzipBytes, rawBytes };
}
