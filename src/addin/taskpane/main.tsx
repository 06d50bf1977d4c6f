// production entry: wait for Office.js, then give the pane a port onto the open workbook
import { createOfficeHost } from "../office/host.js";
import { createWorkbookPort } from "../office/port.js";
import { mount } from "./bootstrap.js";

const root = document.getElementById("root");

function notInExcel(): void {
  if (!root) return;
  const vi = !navigator.language || navigator.language.toLowerCase().startsWith("vi");
  root.textContent = vi
    ? "Ngăn này chạy trong Excel. Hãy mở tệp Excel và bấm \"Kiểm tra danh sách\" trên thẻ Trang đầu."
    : "This pane runs inside Excel. Open a workbook and select \"Check list\" on the Home tab.";
}

if (typeof Office === "undefined") notInExcel();
else
  void Office.onReady((info) => {
    if (!root) return;
    if (info.host !== Office.HostType.Excel) return notInExcel();
    mount(root, createWorkbookPort(createOfficeHost(Office, Excel)));
  });
