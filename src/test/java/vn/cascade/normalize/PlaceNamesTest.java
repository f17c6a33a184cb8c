package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A place's name gets its accents back where the text shows it is a place; nothing else is touched. */
class PlaceNamesTest {

    private final PlaceNames places = PlaceNames.standard();

    @Test
    void aCapitalisedProvinceName_isWrittenAsTheGazetteerHasIt_inItsOwnCase() {
        assertThat(places.normalize("TỈNH ỦY LAI CHAU")).isEqualTo("TỈNH ỦY LAI CHÂU");
        assertThat(places.normalize("Tỉnh ủy Lại Châu, ngày 17")).isEqualTo("Tỉnh ủy Lai Châu, ngày 17");
        assertThat(places.normalize("THÀNH PHỐ Hai Phong")).isEqualTo("THÀNH PHỐ Hải Phòng");
        assertThat(places.normalize("Bà Rịa - Vung Tau")).isEqualTo("Bà Rịa - Vũng Tàu");
    }

    @Test
    void lowerCaseWords_otherNames_andTheRestOfTheText_stayAsTheyAre() {
        assertThat(places.normalize("có hai phòng họp")).isEqualTo("có hai phòng họp");
        assertThat(places.normalize("Hải Phòng")).isEqualTo("Hải Phòng");
        assertThat(places.normalize("Thủy Nguyên, Tân Hòa")).isEqualTo("Thủy Nguyên, Tân Hòa");
        assertThat(places.normalize("Thanh Hoa\nLai Chau")).isEqualTo("Thanh Hóa\nLai Châu"); // lines kept
    }

    @Test
    void idempotent_lengthKept_andNeverThrows() {
        String once = places.normalize("Tỉnh ủy Thanh Hoa và Thành ủy Ha Noi");
        assertThat(places.normalize(once)).isEqualTo(once);
        assertThat(once).hasSameSizeAs("Tỉnh ủy Thanh Hoa và Thành ủy Ha Noi").isEqualTo("Tỉnh ủy Thanh Hóa và Thành ủy Hà Nội");
        assertThat(places.normalize("")).isEmpty();
        assertThat(places.normalize("\u0301\u0300 Ǆ ﬁ")).isNotNull();
    }

    @Test
    void aLocalUnitsName_isRestoredAfterItsLevelWord_orItsCommittee() {
        assertThat(places.normalize("ĐẢNG ỦY PHƯỜNG LE CHAN")).isEqualTo("ĐẢNG ỦY PHƯỜNG LÊ CHÂN");
        assertThat(places.normalize("Đảng ủy xã Đông Hoa, huyện Thuy Nguyên")).isEqualTo("Đảng ủy xã Đông Hòa, huyện Thủy Nguyên");
        assertThat(places.normalize("Quận ủy Ba Đinh")).isEqualTo("Quận ủy Ba Đình");
        assertThat(places.normalize("thị trấn Bat Trang")).isEqualTo("thị trấn Bát Tràng");
    }

    @Test
    void aLocalName_withoutItsLevel_orRunningOnIntoALongerName_orAfterCoQuan_staysAsItIs() {
        assertThat(places.normalize("đồng chí Le Chan")).isEqualTo("đồng chí Le Chan"); // a person may bear it
        assertThat(places.normalize("xã Tân Hoa Xuân")).isEqualTo("xã Tân Hoa Xuân"); // not the name Tân Hòa
        assertThat(places.normalize("cơ quan Ba Đinh")).isEqualTo("cơ quan Ba Đinh");
        assertThat(places.normalize("xã Ba\nĐinh")).isEqualTo("xã Ba\nĐinh");
    }

    @Test
    void aNameTheTextGivesAsAPlace_isRestoredWhereverItIsCapitalised_unlessThatSpellingIsAPlaceToo() {
        assertThat(places.normalize("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC BAC LANG\nĐảng bộ tỉnh Bắc Lăng"))
                .isEqualTo("ĐẢNG ỦY TRƯỜNG ĐẠI HỌC BẮC LÃNG\nĐảng bộ tỉnh Bắc Lãng");
        // Bình Thạnh and Bình Thành are both places: each is kept as written
        assertThat(places.normalize("phường Bình Thạnh và Trường Bình Thành"))
                .isEqualTo("phường Bình Thạnh và Trường Bình Thành");
    }

    @Test
    void aTextThatKeptItsAccents_keepsItsLocalNames_butNotAProvinceOcrDamaged() {
        // the chain passes false when the input was well accented (typed, digital): its writer knows the names
        assertThat(places.normalize("ĐẢNG BỘ TỈNH BẮC LANG, xã Đông Hoa, tỉnh Lai Chau", false))
                .isEqualTo("ĐẢNG BỘ TỈNH BẮC LANG, xã Đông Hoa, tỉnh Lai Châu");
    }
}
