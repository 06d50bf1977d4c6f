// the pane: campaign, sheet, layout, check, findings, quota, actions; Office calls come through the port
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { lazy, Suspense, useMemo, useState } from "react";
import type { Campaign, Lang, LayoutOverride } from "../../engine/index.js";
import type { WorkbookPort } from "../port.js";
import { useAppStyles } from "./App.styles.js";
import { Actions } from "./components/Actions/Actions.js";
import { CampaignPicker } from "./components/CampaignPicker/CampaignPicker.js";
import { CheckPanel } from "./components/CheckPanel/CheckPanel.js";
import { useCheck } from "./components/CheckPanel/useCheck.js";
import { Header } from "./components/Header/Header.js";
import { HostNotices } from "./components/Notices/HostNotices.js";
import { SheetPicker } from "./components/SheetPicker/SheetPicker.js";
import { PaneContext, type PaneContextValue } from "./context.js";
import { createI18n, useLanguage } from "./i18n/index.js";

const LayoutEditor = lazy(() => import("./components/LayoutEditor/LayoutEditor.js"));
const Results = lazy(() => import("./components/Results/Results.js"));

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
  const check = useCheck(port, chosen?.campaign ?? null, sheet, layout, lang);

  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <PaneContext.Provider value={ctx}>
        <div className={styles.root}>
          <Header />
          <main className={styles.main} aria-busy={check.busy}>
            <HostNotices />
            <CampaignPicker chosen={chosen} onChoose={setChosen} />
            <SheetPicker sheet={sheet} onChoose={(s) => { setSheet(s); setLayout(s ? port.loadLayout(s) : undefined); check.reset(); }} />
            {chosen && sheet && (
              <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
                <LayoutEditor campaign={chosen.campaign} sheet={sheet} override={layout} onOverride={setLayout} />
              </Suspense>
            )}
            <CheckPanel check={check} ready={!!chosen && !!sheet && info.capabilities.base} />
            {check.outcome && sheet && (
              <Suspense fallback={<Spinner size="tiny" label={t("app.loading")} />}>
                <Results outcome={check.outcome} sheet={sheet} />
              </Suspense>
            )}
            <Actions report={check.outcome?.report ?? null} disabled={check.busy || !info.capabilities.base} />
          </main>
        </div>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
