// column recognition on header and content: one row per case, [header, values] -> field | none
import { recognitionTable } from "./table.js";

const HTKT = {
  name: "HTKT",
  rows: [
    ["tenhinhthuckt", "mahinhthuckt"],
    ["Bằng khen của Chủ tịch UBND tỉnh", "1650360491"],
    ["Giấy khen", "1650360499"],
    ["Huân chương Lao động hạng Ba", "1650360184"],
  ],
};

recognitionTable("nominee type", [
  { header: "Phân loại khen thưởng", values: ["TAPTHE", "CANHAN", "HOGIADINH"], field: "nomineeType", by: "header" },
  { header: "Phân loại khen thưởng", values: ["Khen thưởng cá nhân", "Khen thưởng tập thể", "Khen thưởng hộ gia đình"], field: "nomineeType" },
  { header: "Cá nhân/Tập thể", values: ["Cá nhân", "Tập thể"], field: "nomineeType", by: "header" },
  { header: "Đối tượng", values: ["Cá nhân", "Tập thể", "Hộ gia đình"], field: "nomineeType", by: "content" },
  { header: "Đối tượng", values: ["Lao động phổ thông", "Học sinh", "Công nhân"], field: null },
  { header: "Phân loại đối tượng", values: ["Các cấp lãnh đạo từ phó phòng trở lên", "Doanh nhân"], field: null },
  { header: "Loại đối tượng", values: ["Công chức", "Viên chức", "Người lao động"], field: null },
  { header: "", values: ["Cá nhân", "Tập thể", "Cá nhân"], field: "nomineeType", by: "content" },
]);

recognitionTable("reward kind", [
  { header: "Phân loại khen thưởng", values: ["Đột xuất", "Nhà hảo tâm", "Đột xuất"], field: "rewardKind", by: "content" },
  { header: "Loại khen thưởng", values: ["Đột xuất", "Chuyên đề"], field: "rewardKind", by: "header" },
  { header: "Diện", values: ["Đột xuất", "Nhà hảo tâm"], field: "rewardKind", by: "content" },
  {
    header: "Phân loại khen thưởng",
    values: ["CANHAN", "TAPTHE"],
    before: [["Lựa chọn phân loại khen thưởng", []]],
    field: "nomineeType",
  },
]);

recognitionTable("proposing unit and workplace", [
  { header: "Đơn vị đề nghị", values: ["Sở Y tế", "Công an tỉnh"], field: "unit", by: "header" },
  { header: "Đơn vị trình", values: ["Sở Y tế"], field: "unit" },
  { header: "Cơ quan đề nghị", values: ["UBND huyện Gò Quao"], field: "unit" },
  { header: "Đơn vị", values: ["Sở Y tế"], field: "unit" },
  { header: "Đơn vị công tác", values: ["Sở Y tế", null, "Sở Tư pháp"], field: "workplace" },
  { header: "Nơi công tác", values: ["Trường THCS Lê Lợi"], field: "workplace" },
  { header: "Cơ quan công tác", values: ["Bệnh viện Đa khoa tỉnh"], field: "workplace" },
  { header: "Tên đơn vị/tập thể\ncông tác", values: ["Sở Y tế"], field: "workplace" },
  { header: "Đơn vị công nhận", values: ["Hội đồng sáng kiến tỉnh"], field: null },
  { header: "Đơn vị tính", values: ["người", "%"], field: null },
]);

recognitionTable("unit group", [
  { header: "Khối", values: ["Sở, ban, ngành", "Huyện, thành phố"], field: "unitGroup" },
  { header: "Khối thi đua", values: ["Khối các cơ quan Đảng"], field: "unitGroup" },
  { header: "Tên phòng ban/ khối, tổ \ncông tác", values: ["Phòng Tổ chức cán bộ"], field: null },
]);

recognitionTable("nominee name", [
  { header: "Tên đơn vị / tập thể", values: ["UBND Xã", "UBND Huyện"], field: "name", by: "header" },
  { header: "Tên tập thể/cá nhân/hộ gia đình", values: ["UBND Tỉnh Quảng Bình", "Gia đình ông Lê Văn Hải"], field: "name" },
  { header: "Họ và tên / Tên tập thể", values: ["Nguyễn Văn A"], field: "name" },
  { header: "Tên tác giả", values: ["Nguyễn Văn A"], field: null },
  { header: "Tên gọi\n(Ông/Bà/Chức danh)", values: ["Ông", "Bà", "Thượng tá"], field: null },
]);

recognitionTable("award form", [
  { header: "Hình thức", values: ["Bằng khen UBND tỉnh", "Giấy khen"], field: "awardForm", by: "content" },
  { header: "Hình thức", values: ["Trực tiếp", "Trực tuyến"], field: null },
  { header: "Danh hiệu thi đua/Hình thức khen thưởng", values: ["Bằng khen UBND tỉnh", "Giấy khen"], field: "awardForm" },
  {
    header: "Hình thức khen thưởng",
    values: ["Giấy khen", "BK UBND tỉnh"],
    before: [["Lựa chọn Hình thức khen thưởng", [null, null]]],
    field: "awardForm",
  },
  { header: "Mã hình thức khen thưởng", values: ["1650360491", "1650360499"], field: "awardForm", others: [HTKT] },
]);

recognitionTable("amounts and dates", [
  { header: "Số tiền ủng hộ", values: [75_000_000, "75 triệu"], field: "contribution" },
  { header: "Giá trị vận động (đồng)", values: ["150.000.000 đ"], field: "mobilized" },
  { header: "Thời gian lập thành tích", values: ["ngày 15 tháng 3 năm 2020", "15.03.2020"], field: "achievementDate" },
  { header: "Ghi chú", values: ["Đã xác minh"], field: "note" },
]);
