// the task pane's build: React; Office.js from Microsoft's CDN in production builds and for the dev server
// (a real Excel host needs the CDN copy for the numbered requirement sets, and the Marketplace requires it);
// the @microsoft/office-js copy only for the offline browser tests (mode "offline") or THIDUA_LOCAL_OFFICE_JS=1.
// Every asset is loaded relative to the page (base "./"), so dist/addin/ works under any path.
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin, type ServerOptions } from "vite";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_ORIGIN = "https://localhost:3000";
const OFFICE_DIST = resolve("node_modules/@microsoft/office-js/dist");
/** what office.js needs outside Office: itself and its strings (copied for offline builds only) */
const OFFICE_FILES = ["office.js", "o15apptofilemappingtable.js", "en-us", "vi-vn"];
const ASSETS = ["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png", "help.html"];

function files(rel: string): string[] {
  const abs = join(OFFICE_DIST, rel);
  return statSync(abs).isDirectory() ? readdirSync(abs).flatMap((f) => files(`${rel}/${f}`)) : [rel];
}

/** injects the Office.js script and, when local, serves or copies it under office-js/ beside the page */
function officeJs(local: boolean, copy: boolean): Plugin {
  return {
    name: "thidua-office-js",
    transformIndexHtml: {
      order: "pre",
      // not into editor.html: the campaign editor runs in a plain browser, without Office.js; elsewhere
      // relative to each page (taskpane.html at the root, the test pages deeper), as the rest of the build
      handler: (_html, ctx) => {
        if (ctx.filename.endsWith("editor.html")) return [];
        const depth = ctx.path.split("/").length - 2;
        const src = local ? `${depth > 0 ? "../".repeat(depth) : "./"}office-js/office.js` : OFFICE_CDN;
        return [{ tag: "script", attrs: { src, "vite-ignore": true }, injectTo: "head-prepend" }];
      },
    },
    configureServer(server) {
      server.middlewares.use("/office-js", (req, res, next) => {
        const path = join(OFFICE_DIST, decodeURIComponent((req.url ?? "/").split("?")[0] ?? "/"));
        if (!path.startsWith(OFFICE_DIST) || !existsSync(path) || statSync(path).isDirectory()) return next();
        res.setHeader("Content-Type", "text/javascript; charset=utf-8");
        createReadStream(path).pipe(res);
      });
    },
    generateBundle() {
      if (!copy) return;
      for (const f of OFFICE_FILES.flatMap(files)) {
        this.emitFile({ type: "asset", fileName: `office-js/${f}`, source: readFileSync(join(OFFICE_DIST, f)) });
      }
    },
  };
}

/**
 * the manifest's icons and help page at the URLs it names (/assets/…), and the manifest itself;
 * THIDUA_ADDIN_URL=https://host/path/ makes the built copy point at where dist/addin is deployed
 */
function manifestAssets(): Plugin {
  return {
    name: "thidua-manifest-assets",
    generateBundle() {
      for (const f of ASSETS) this.emitFile({ type: "asset", fileName: `assets/${f}`, source: readFileSync(resolve("assets", f)) });
      const base = process.env["THIDUA_ADDIN_URL"];
      if (base && !/^https:\/\/[^/]+\/(.+\/)?$/.test(base)) this.error(`THIDUA_ADDIN_URL must be an https URL ending in /: ${base}`);
      const xml = readFileSync(resolve("manifest.xml"), "utf8");
      this.emitFile({ type: "asset", fileName: "manifest.xml", source: base ? manifestFor(xml, base) : xml });
    },
  };
}

/** the manifest for where dist/addin/ is deployed: every URL under `base`, the AppDomain its origin */
export function manifestFor(xml: string, base: string): string {
  const origin = new URL(base).origin;
  return xml.replaceAll(`${DEV_ORIGIN}/`, base).replaceAll(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, `<AppDomain>${origin}</AppDomain>`);
}

/**
 * HTTPS for the dev server, as Office requires: the certificate office-addin-dev-certs makes and trusts
 * (it asks for it on Windows and Mac, like Microsoft's template). On Linux, which has no Excel, a
 * certificate is used only if already installed (`npx office-addin-dev-certs install`); else plain http.
 */
async function devHttps(): Promise<ServerOptions["https"] | undefined> {
  if (process.env["THIDUA_HTTP"] === "1") return undefined;
  const dir = join(homedir(), ".office-addin-dev-certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  if (process.platform === "linux") {
    if (existsSync(key) && existsSync(cert)) return { key: readFileSync(key), cert: readFileSync(cert) };
    console.warn("[thidua] no dev certificate: serving http (run `npx office-addin-dev-certs install` for https)");
    return undefined;
  }
  try {
    const certs = await import("office-addin-dev-certs");
    return await certs.getHttpsServerOptions();
  } catch (e) {
    console.warn(`[thidua] no dev certificate (${e instanceof Error ? e.message.split("\n")[0] : e}); serving http`);
    return undefined;
  }
}

export default defineConfig(async ({ command, mode }) => {
  const offline = mode === "offline"; // the browser tests' build: Office.js served from dist, no network
  const local = offline || process.env["THIDUA_LOCAL_OFFICE_JS"] === "1";
  const https = command === "serve" ? await devHttps() : undefined;
  return {
    base: "./",
    plugins: [react(), officeJs(local, offline), manifestAssets()],
    build: {
      outDir: "dist/addin",
      emptyOutDir: true,
      target: "es2020",
      sourcemap: false,
      rollupOptions: { input: { taskpane: resolve("taskpane.html"), editor: resolve("editor.html") } },
    },
    // the engine's Web Worker (src/addin/worker/engine.worker.ts) as an ES module, so its TCVN3 table can
    // stay a chunk of its own that the worker imports only when a sheet needs it; loaded on demand, never
    // part of the pane's initial JavaScript
    worker: { format: "es" as const },
    server: { port: 3000, strictPort: true, ...(https ? { https } : {}) },
  };
});
