// the production seam (createOfficeHost) over office-addin-mock's Office object and the fake Excel
import { OfficeMockObject } from "office-addin-mock";
import { expect, test } from "vitest";
import { CAMPAIGN_KEY } from "../../src/addin/office/campaignStore.js";
import { createOfficeHost } from "../../src/addin/office/host.js";
import { createWorkbookPort } from "../../src/addin/office/port.js";
import { createFakeHost, supports } from "./fake/host.js";
import { FakeBook } from "./fake/model.js";
import { nominationSheet } from "./fixtures.js";
import { kienGiang, noViolations } from "./harness.js";

async function officeMock(store: Map<string, unknown>, api: string, failSave = false) {
  const mock = new OfficeMockObject({
    context: {
      displayLanguage: "en-US",
      requirements: { isSetSupported: (name: string, v: string) => name === "ExcelApi" && supports(api, v) },
      document: {
        settings: {
          get: (n: string) => (store.has(n) ? store.get(n) : null),
          set: (n: string, v: unknown) => void store.set(n, v),
          remove: (n: string) => void store.delete(n),
          saveAsync: (cb: (r: unknown) => void) =>
            cb(failSave ? { status: "failed", error: { message: "The document is read-only." } } : { status: "succeeded" }),
        },
      },
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  });
  mock.load(["context/displayLanguage", "AsyncResultStatus/Succeeded"]);
  await mock.sync();
  return mock as unknown as typeof Office;
}

test("createOfficeHost reads the language, requirement sets and document settings from Office", async () => {
  const store = new Map<string, unknown>();
  const book = new FakeBook();
  const sheet = nominationSheet(book);
  const excel = { run: createFakeHost(book).run } as unknown as typeof Excel;
  const port = createWorkbookPort(createOfficeHost(await officeMock(store, "1.14"), excel));
  expect(port.hostInfo()).toMatchObject({ lang: "en", missing: ["notes"] });
  const out = await port.check({ sheet: "Danh sách", campaign: kienGiang(), lang: "en" });
  expect(out.annotationMode).toBe("comment");
  expect(sheet.comments).toHaveLength(3);
  await port.saveCampaign(kienGiang(), "preset:kien-giang-2021-covid");
  expect(JSON.parse(String(store.get(CAMPAIGN_KEY))).id).toBe("kien-giang-2021-covid");
  noViolations(book);
});

test("a failed settings save is reported as an error the pane can show", async () => {
  const excel = { run: createFakeHost(new FakeBook()).run } as unknown as typeof Excel;
  const port = createWorkbookPort(createOfficeHost(await officeMock(new Map(), "1.18", true), excel));
  await expect(port.saveCampaign(kienGiang(), "x")).rejects.toMatchObject({ name: "AddinError", detail: "The document is read-only." });
});
