// the pane's initial JavaScript: the entry script and the modules the HTML preloads, gzipped
import { readdirSync, readFileSync } from "node:fs";
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

/** the engine worker's own script (loaded on demand, never preloaded) and the chunks it imports */
export function workerJs(dist: string): { file: string; gzipBytes: number; lazy: { file: string; gzipBytes: number }[] } {
  const assets = join(dist, "assets");
  const file = readdirSync(assets).find((f) => /^engine\.worker-[\w-]+\.js$/.test(f));
  if (!file) throw new Error(`no engine.worker-*.js in ${assets}`);
  const code = readFileSync(join(assets, file), "utf8");
  const gz = (f: string) => gzipSync(readFileSync(join(assets, f)), { level: 9 }).length;
  const lazy = [...code.matchAll(/import\(\s*[`'"]\.\/([^`'"]+\.js)[`'"]\s*\)/g)].map((m) => ({ file: m[1]!, gzipBytes: gz(m[1]!) }));
  return { file: `assets/${file}`, gzipBytes: gz(file), lazy };
}
