// the pane: campaign, sheet, layout, check, findings, quota, actions; Office calls come through the port
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import { usesHistory, type Campaign, type Lang, type LayoutOverride } from "../../engine/index.js";
import type { WorkbookPort } from "../port.js";
import { useAppStyles } from "./App.styles.js";
import { Actions } from "./components/Actions/Actions.js";
import { CampaignPicker } from "./components/CampaignPicker/CampaignPicker.js";
import { CheckPanel } from "./components/CheckPanel/CheckPanel.js";
import { useCheck } from "./components/CheckPanel/useCheck.js";
import { Header } from "./components/Header/Header.js";
import type { EditorHost } from "./components/Editor/context.js";
import { EditorLauncher } from "./components/Editor/EditorLauncher.js";
import { HistoryPicker } from "./components/HistoryPicker/HistoryPicker.js";
import { HostNotices } from "./components/Notices/HostNotices.js";
import { SheetPicker } from "./components/SheetPicker/SheetPicker.js";
import { PaneContext, type PaneContextValue } from "./context.js";
import { createI18n, useLanguage } from "./i18n/index.js";
import { loadPresets } from "./lazy.js";

const LayoutEditor = lazy(() => import("./components/LayoutEditor/LayoutEditor.js"));
const Results = lazy(() => import("./components/Results/Results.js"));
const Editor = lazy(() => import("./components/Editor/Editor.js"));

export interface ChosenCampaign {
  campaign: Campaign;
  source: string;
}

export function App({ port }: { port: WorkbookPort }) {
  const info = port.hostInfo();
  const inst = useMemo(() => createI18n(info.lang), [info.lang]);
  const { t, lang } = useLanguage(inst);
  const ctx: PaneContextValue = useMemo(
    () => ({ port, i18n: inst, t, lang, setLang: (l: Lang) => void inst.changeLanguage(l) }),
    [port, inst, t, lang],
  );
  const styles = useAppStyles();
  const [chosen, setChosen] = useState<ChosenCampaign | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [layout, setLayout] = useState<LayoutOverride | undefined>(undefined);
  const [history, setHistory] = useState<string[]>([]);
  const withHistory = !!chosen && usesHistory(chosen.campaign);
  const check = useCheck(port, chosen?.campaign ?? null, sheet, layout, lang, withHistory ? history : undefined);
  // the campaign editor (loaded on demand) over the pane, which stays as it was underneath
  const [editing, setEditing] = useState<{ initial: Campaign | null } | null>(null);
  // the picker reads the workbook's campaign again after the editor saved one
  const [pickerKey, setPickerKey] = useState(0);
  const editorHost: EditorHost = useMemo(
    () => ({
      loadPresets: async () => (await loadPresets()).PRESETS,
      loadStored: async () => {
        const stored = await port.loadCampaign();
        return stored.kind === "ok" ? stored.campaign : null;
      },
      save: (c) => port.saveCampaign(c, `editor:${c.id}`),
      sheet,
      trySheet: (c) => port.tryCheck({ sheet: sheet!, campaign: c, lang, ...(layout ? { layout } : {}) }),
    }),
    [port, sheet, layout, lang],
  );

  // a hint's button: the campaign it names, chosen and saved as if picked in the list; the user checks again
  const switchCampaign = async (id: string) => {
    const preset = (await loadPresets()).getPreset(id);
    if (!preset) return;
    setChosen({ campaign: preset, source: `preset:${id}` });
    check.reset();
    await port.saveCampaign(preset, `preset:${id}`).catch(() => undefined);
  };

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <PaneContext.Provider value={ctx}>
        <div className={styles.root}>
          <Header />
          {editing && (
            <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
              <Editor
                host={editorHost}
                lang={lang}
                initial={editing.initial}
                onClose={() => setEditing(null)}
                onSaved={(c) => {
                  setChosen({ campaign: c, source: `editor:${c.id}` });
                  setPickerKey((k) => k + 1);
                  check.reset();
                }}
              />
            </Suspense>
          )}
          <main className={styles.main} aria-busy={check.busy} style={editing ? { display: "none" } : undefined}>
            <HostNotices />
            <CampaignPicker key={pickerKey} chosen={chosen} onChoose={setChosen} />
            <EditorLauncher lang={lang} canEdit={!!chosen} onOpen={(edit) => setEditing({ initial: edit ? (chosen?.campaign ?? null) : null })} />
            <SheetPicker sheet={sheet} onChoose={(s) => { setSheet(s); setLayout(s ? port.loadLayout(s) : undefined); check.reset(); }} />
            {chosen && sheet && (
              <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
                <LayoutEditor campaign={chosen.campaign} sheet={sheet} override={layout} onOverride={setLayout} />
              </Suspense>
            )}
            {withHistory && sheet && <HistoryPicker sheet={sheet} chosen={history} onChoose={setHistory} />}
            <CheckPanel check={check} ready={!!chosen && !!sheet && info.capabilities.base} onUseCampaign={(id) => void switchCampaign(id)} />
            {check.outcome && sheet && (
              <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
                <Results outcome={check.outcome} sheet={sheet} checkId={check.checkId} />
              </Suspense>
            )}
            <Actions
              report={check.outcome?.report ?? null}
              campaign={check.campaign}
              disabled={check.busy || !info.capabilities.base}
              canClear={!!check.outcome || (port.marksInWorkbook?.() ?? false)}
              onCleared={check.reset}
            />
          </main>
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
