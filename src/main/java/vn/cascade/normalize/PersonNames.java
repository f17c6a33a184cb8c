package vn.cascade.normalize;

import java.util.Map;
import java.util.Set;

/**
 * Vietnamese family names: a closed set, so a person's name can be told from other capitalised
 * words, and a family name's accents restored where OCR lost them (the restorer, for a line that
 * is a person's name; identity, for the signer). Shared by both stages, as {@link PlaceNames} is.
 */
public final class PersonNames {

    /** Family names, folded (no diacritics, lower case). */
    public static final Set<String> SURNAMES = Set.of("nguyen", "tran", "le", "pham", "hoang",
            "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "doan", "trinh",
            "truong", "lam", "luong", "mai", "cao", "ha", "ta", "to", "tong", "quach", "luu", "la", "chu", "thai",
            "kieu", "khuat", "nong", "lo", "sung", "giang", "vang", "thao", "mua", "lu", "trieu", "sam", "dam", "tieu",
            "au", "ong", "van", "lai", "vuong", "nghiem", "thach", "danh", "kim", "hua");

    /** Family names as written, by their skeleton where one skeleton is one name (not "vu": Vũ, Võ; "chu": Chu, Chử; "luong": Lương, Lường). */
    private static final Map<String, String> SPELLING = java.util.stream.Stream.of("Nguyễn", "Trần", "Lê", "Phạm",
                    "Hoàng", "Huỳnh", "Phan", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Đoàn", "Trịnh", "Trương",
                    "Lâm", "Mai", "Cao", "Tạ", "Tống", "Quách", "Lưu", "Thái", "Kiều", "Khuất", "Nông",
                    "Sùng", "Thào", "Mùa", "Triệu", "Sầm", "Đàm", "Tiêu", "Âu", "Ông", "Lại", "Vương",
                    "Nghiêm", "Thạch", "Danh", "Kim", "Hứa", "Tô", "Hà", "La", "Đặng", "Phùng", "Mạc", "Bế", "Hầu")
            .collect(java.util.stream.Collectors.toMap(Syllables::fold, n -> n));

    private PersonNames() {
    }

    /** The family name a skeleton is written as, where the skeleton is one family name's; else null. */
    public static String spelling(String folded) {
        return folded == null ? null : SPELLING.get(folded);
    }
}
