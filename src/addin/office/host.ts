// the Office host as the edge sees it: one seam, so tests and the browser fake replace Office.js whole

/** document-level settings stored inside the workbook (Office.context.document.settings) */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  save(): Promise<void>;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: Excel.RunOptions): Promise<T>;
  /** a batch in the request context of an earlier run (to remove an event handler added there) */
  runIn?<T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** e.g. "vi-VN", "en-US" */
  displayLanguage: string;
  settings: DocumentSettings;
}

/** the real host, built from Office.js's globals once Office.onReady has fired */
export function createOfficeHost(office: typeof Office, excel: typeof Excel): ExcelHost {
  const settings = office.context.document.settings;
  return {
    run: (batch, options) => (options ? excel.run(options, batch) : excel.run(batch)),
    runIn: (context, batch) => excel.run(context, batch),
    isSetSupported: (name, version) => office.context.requirements.isSetSupported(name, version),
    displayLanguage: office.context.displayLanguage || "vi-VN",
    settings: {
      get: (name) => settings.get(name) as unknown,
      set: (name, value) => settings.set(name, value),
      remove: (name) => settings.remove(name),
      save: () =>
        new Promise<void>((resolve, reject) => {
          settings.saveAsync((result) => {
            if (result.status === office.AsyncResultStatus.Succeeded) resolve();
            else reject(new Error(result.error?.message ?? "settings.saveAsync failed"));
          });
        }),
    },
  };
}
