// the editor's state: where it started, the draft, its validation as you type, and what it can do with it
import { useCallback, useMemo, useState } from "react";
import type { Campaign, Lang } from "../../../../engine/index.js";
import type { EditorHost } from "./context.js";
import { blankDraft, draftOf, ruleFile, setIn, type Draft, type Path } from "./draft.js";
import { fill, STRINGS } from "./strings.js";
import { tally, type TryResult } from "./tryOut.js";
import { validate } from "./validate.js";

export type Start = { from: "blank" } | { from: "preset"; id: string } | { from: "stored" };

export interface Status {
  intent: "success" | "error" | "info";
  text: string;
}

/** what the export writes: the rule file with $schema first, as `thidua rules new` prints it */
export function exportText(d: Draft): string {
  return JSON.stringify({ $schema: "./thidua.schema.json", ...ruleFile(d) }, null, 2) + "\n";
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function useEditor(host: EditorHost, lang: Lang, initial: Campaign | null, onSaved?: (c: Campaign) => void) {
  const s = STRINGS[lang];
  const [draft, setDraft] = useState<Draft | null>(initial ? draftOf(initial) : null);
  const [idTouched, setIdTouched] = useState(initial !== null);
  const [status, setStatus] = useState<Status | null>(null);
  const [tried, setTried] = useState<TryResult | null>(null);
  const [busy, setBusy] = useState(false);
  // a blank plan shows an input's error once it was touched; a plan that came with errors shows them all
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(initial !== null);
  const touch = useCallback((key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key))), []);
  const shown = useCallback((key: string) => showAll || touched.has(key), [showAll, touched]);
  const validation = useMemo(() => (draft ? validate(draft, lang) : null), [draft, lang]);

  const change = useCallback((fn: (d: Draft) => Draft) => {
    setDraft((d) => (d ? fn(d) : d));
    setTried(null);
  }, []);
  const update = useCallback((path: Path, value: unknown) => change((d) => setIn(d, path, value)), [change]);

  const begin = useCallback(
    async (start: Start) => {
      setStatus(null);
      setTouched(new Set());
      if (start.from === "blank") {
        setDraft(blankDraft());
        setIdTouched(false);
        setShowAll(false);
        return;
      }
      setShowAll(true);
      const c = start.from === "preset" ? (await host.loadPresets()).find((p) => p.id === start.id) : await host.loadStored?.();
      if (c) {
        setDraft(draftOf(c));
        setIdTouched(true);
      } else setStatus({ intent: "error", text: s.start.storedNone });
    },
    [host, s],
  );

  const save = useCallback(async () => {
    const c = validation?.campaign;
    if (!c || !host.save) return;
    setBusy(true);
    try {
      await host.save(c);
      setStatus({ intent: "success", text: fill(s.actions.saved, { name: c.name[lang] }) });
      onSaved?.(c);
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }, [validation, host, s, lang, onSaved]);

  const exportFile = useCallback(() => {
    if (!draft || !validation?.campaign) return;
    const name = `${draft.id || "ke-hoach"}.json`;
    download(name, exportText(draft));
    setStatus({ intent: "success", text: fill(s.actions.exported, { file: name }) });
  }, [draft, validation, s]);

  /** where a webview cannot download (Excel on Mac), the file's text goes to the clipboard instead */
  const copyFile = useCallback(async () => {
    if (!draft || !validation?.campaign) return;
    try {
      await navigator.clipboard.writeText(exportText(draft));
      setStatus({ intent: "success", text: s.actions.copied });
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    }
  }, [draft, validation, s]);

  const importFile = useCallback(
    async (file: File) => {
      let json: unknown;
      try {
        json = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
      } catch (e) {
        setStatus({ intent: "error", text: fill(s.actions.notJson, { file: file.name, message: e instanceof Error ? e.message : String(e) }) });
        return;
      }
      if (!json || typeof json !== "object" || Array.isArray(json)) {
        setStatus({ intent: "error", text: fill(s.actions.notJson, { file: file.name, message: "{ … }" }) });
        return;
      }
      // an invalid file is opened all the same: its errors show beside the inputs, to be fixed here
      setDraft(draftOf(json as Record<string, unknown>));
      setIdTouched(true);
      setShowAll(true);
      setTried(null);
      setStatus({ intent: "info", text: fill(s.actions.imported, { file: file.name }) });
    },
    [s],
  );

  const tryIt = useCallback(async () => {
    const c = validation?.campaign;
    if (!c || !host.trySheet || !host.sheet) return;
    setBusy(true);
    setStatus(null);
    try {
      setTried(tally(c, await host.trySheet(c), host.sheet));
    } catch (e) {
      setStatus({ intent: "error", text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }, [validation, host]);

  return { s, draft, validation, change, update, begin, save, exportFile, copyFile, importFile, tryIt, tried, status, busy, idTouched, setIdTouched, touch, shown };
}
