package vn.cascade.understand;

/**
 * The kinds of administrative place a plan's units and issuers are named by ("Ủy ban nhân dân
 * xã", "Hội Nông dân huyện", "Đảng ủy phường"), as regular-expression alternations: one list for
 * every stage that reads them, so a kind added (the special zone, <i>đặc khu</i>, of 2025) is read
 * everywhere. A kind that begins another ("thị xã", "thị trấn" before "xã") comes first.
 */
public final class PlaceKinds {

    /** On the skeleton (no diacritics, lower case). */
    public static final String FOLDED = "tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|dac khu";

    /** As written. */
    public static final String WRITTEN = "tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu";

    private PlaceKinds() {
    }
}
