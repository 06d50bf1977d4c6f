// Viet Nam's provinces and centrally-run cities (the 63 before the 2025 merger, whose names the 34 after it
// keep), as a list's title block names them ("UBND TỈNH KON TUM", "Kon Tum, ngày …"). A title naming a
// province no campaign compared belongs to rules every campaign of another province out: a Quảng Bình list
// citing its own "136/KH-UBND" is not Kiên Giang's plan 136/KH-UBND.
import { normalizeText } from "../text/normalize.js";

const NAMES = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định",
  "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
  "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hưng Yên",
  "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An",
  "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
  "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];
// names that are also ordinary words or a person's name in titles ("hòa bình" is peace; "tư tưởng Hồ Chí
// Minh"): a province only after "tỉnh" / "thành phố"
const ONLY_AFTER_WORD = ["Hòa Bình", "Hồ Chí Minh"];

let keys: { plain: string[]; after: string[] } | null = null;

/** the provinces a title names, as normalised keys padded with spaces; `title` is normalised and padded */
export function provincesNamed(title: string): string[] {
  keys ??= {
    plain: NAMES.map((n) => ` ${normalizeText(n)} `),
    after: ONLY_AFTER_WORD.map((n) => normalizeText(n)),
  };
  const out = keys.plain.filter((k) => title.includes(k));
  for (const k of keys.after) if ([" tinh ", " thanh pho ", " tp "].some((w) => title.includes(`${w}${k} `))) out.push(` ${k} `);
  return out;
}
