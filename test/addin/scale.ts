// a 50,000-row nomination list with 5,000 offending cells, for the scale test and the benchmark
import { FakeBook } from "./fake/model.js";
import { HEADERS } from "./fixtures.js";

const UNITS = ["Sở Y tế", "Công an tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Sở Nội vụ", "Huyện Gò Quao"];

/** every `every`-th row proposes a Giấy khen, which the Kiên Giang plan does not allow */
export function bigBook(rows = 50_000, every = 10): FakeBook {
  const book = new FakeBook();
  const s = book.addSheet("Danh sách");
  s.cell(1, 1).value = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG";
  s.merges.push({ top: 1, left: 1, bottom: 1, right: 10 });
  HEADERS.forEach((h, i) => (s.cell(3, i + 1).value = h));
  for (let i = 0; i < rows; i++) {
    const r = 4 + i;
    const bad = i % every === every - 1;
    const values = [
      i + 1,
      `Nguyễn Văn ${i + 1}`,
      i % 3 === 0 ? "Tập thể" : "Cá nhân",
      "Cán bộ",
      UNITS[i % UNITS.length]!,
      bad ? "Giấy khen" : "Bằng khen UBND tỉnh",
      "Đột xuất",
    ];
    values.forEach((v, j) => (s.cell(r, j + 1).value = v));
  }
  return book;
}
