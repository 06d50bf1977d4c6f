// editor.html: the campaign editor in a plain browser, without Excel or Office.js; a campaign is written
// once and exported as the .json file every unit's thidua accepts
import { FluentProvider, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { StrictMode, useEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import type { Lang } from "../../../../engine/index.js";
import type { EditorHost } from "./context.js";
import Editor from "./Editor.js";
import { STRINGS } from "./strings.js";

const useStyles = makeStyles({
  root: {
    maxWidth: "44rem",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    minHeight: "100vh",
  },
  title: { margin: `0 0 ${tokens.spacingVerticalM}`, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

/** Vietnamese unless asked for English (?lang=en), as the product's default */
const initialLang = (): Lang => (new URLSearchParams(location.search).get("lang") === "en" ? "en" : "vi");

function Standalone() {
  const styles = useStyles();
  const [lang, setLang] = useState<Lang>(initialLang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${STRINGS[lang].title} — thidua`;
  }, [lang]);
  const host: EditorHost = useMemo(() => ({ loadPresets: async () => (await import("../../../../presets/index.js")).PRESETS }), []);
  return (
    <FluentProvider theme={webLightTheme} lang={lang === "vi" ? "vi-VN" : "en-US"}>
      <div className={styles.root}>
        <h1 className={styles.title}>{STRINGS[lang].title}</h1>
        <Editor host={host} lang={lang} onLang={setLang} initial={null} />
      </div>
    </FluentProvider>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Standalone />
  </StrictMode>,
);
