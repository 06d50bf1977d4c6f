// the pane's title and the language switch
import { Button, Caption1 } from "@fluentui/react-components";
import { usePane } from "../../context.js";
import { useHeaderStyles } from "./Header.styles.js";

export function Header() {
  const { t, lang, setLang } = usePane();
  const styles = useHeaderStyles();
  return (
    <header className={styles.root}>
      <div className={styles.titles}>
        <h1 className={styles.title}>{t("app.title")}</h1>
        <Caption1 className={styles.subtitle}>{t("app.subtitle")}</Caption1>
      </div>
      <Button
        size="small"
        appearance="subtle"
        lang={lang === "vi" ? "en" : "vi"}
        // the visible word first in the name (WCAG 2.5.3, label in name), then what it does
        aria-label={`${t("app.language")} — ${t("app.languageLabel")}`}
        onClick={() => setLang(lang === "vi" ? "en" : "vi")}
      >
        {t("app.language")}
      </Button>
    </header>
  );
}
