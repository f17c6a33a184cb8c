package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A province's name gets its accents back; nothing else is touched. */
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
}
