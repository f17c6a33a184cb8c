package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LegacyEncodingConverterTest {

    private final LegacyEncodingConverter converter = new LegacyEncodingConverter();

    /** Real sentences that together hold every accented lower-case letter and đ. */
    private static final List<String> SENTENCES = List.of(
            "Cộng hoà xã hội chủ nghĩa Việt Nam",
            "Độc lập - Tự do - Hạnh phúc",
            "Người dân được hưởng những quyền lợi chính đáng theo pháp luật",
            "Mẹ vẽ một lẵng hoa rất đẹp trên tờ giấy trắng",
            "Cậu bé ngồi thẳng lưng, cẳng chân duỗi dài",
            "Thế kỷ hai mươi mốt, nước Mỹ và Nhật Bản vẫn là những cường quốc",
            "Chị ấy dễ tính, hay cười, ít khi giận dỗi",
            "Em bé nằm ngủ say trong chiếc võng tre",
            "Kỳ thi tuyển sinh diễn ra ở tỉnh Quảng Ngãi",
            "Đừng để lỡ chuyến tàu cuối cùng về quê",
            "Thủy thủ quỵ xuống vì mệt, mắt nhắm nghiền",
            "Bà cụ kể chuyện cổ tích cho lũ trẻ nghe",
            "Chúng tôi sẽ thử sức với kỳ thi học sinh giỏi",
            "Ông bà nội ở quê nuôi một đàn gà, mấy con mèo và chó",
            "Sáng sớm, mặt trời ló rạng, sương mù dần tan",
            "Học sinh chăm chỉ ôn luyện để đạt điểm cao",
            "Người thợ mộc đẽo gỗ, đóng bàn ghế, sửa chữa cửa sổ",
            "Mọi ý kiến của đại biểu được ghi vào biên bản",
            "Tôi nghĩ rằng anh ấy đã hiểu rõ vấn đề",
            "Xe cộ nườm nượp, khói bụi mù mịt, tiếng còi inh ỏi",
            "Cô giáo giảng bài, học trò lắng nghe, ghi chép cẩn thận",
            "Ăn quả nhớ kẻ trồng cây, uống nước nhớ nguồn");

    /** Title-case words that begin with a toned capital: VNI has them, TCVN3's normal font does not. */
    private static final List<String> VNI_TITLE_CASE = List.of(
            "Ủy ban nhân dân tỉnh Ấn Độ",
            "Ở Ấp Bắc, Ý kiến của Ông Ánh",
            "Ếch ngồi đáy giếng, Ổ bánh mì, Ừ thì Ước mơ");

    /** The 67 lower-case letters with a diacritic (60 toned vowels, ă â ê ô ơ ư, đ). */
    private static final Set<String> LOWER_ACCENTED = lowerAccentedLetters();

    /** The same 134 letters in both cases. */
    private static final Set<String> ALL_ACCENTED = bothCases(LOWER_ACCENTED);

    private static Set<String> lowerAccentedLetters() {
        Set<String> letters = new LinkedHashSet<>();
        for (char base : "aăâeêioôơuưy".toCharArray()) {
            for (String tone : new String[] {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}) {
                String letter = Normalizer.normalize(base + tone, Normalizer.Form.NFC);
                if (letter.charAt(0) >= 0x80) {
                    letters.add(letter);
                }
            }
        }
        letters.add("đ");
        return letters;
    }

    private static Set<String> bothCases(Set<String> lower) {
        Set<String> all = new LinkedHashSet<>(lower);
        lower.forEach(l -> all.add(l.toUpperCase(Locale.ROOT)));
        return all;
    }

    private static Set<String> lettersOf(List<String> texts) {
        return texts.stream()
                .flatMap(t -> t.codePoints().mapToObj(Character::toString))
                .collect(Collectors.toSet());
    }

    private static List<String> upperCased(List<String> lines) {
        return lines.stream().map(l -> l.toUpperCase(Locale.ROOT)).toList();
    }

    /**
     * Test-side encoder: the inverse of the table. A TCVN3 capital without a code of its own is
     * written at its lower-case code, as the capital fonts (.VnTimeH) did.
     */
    private static String encode(String unicode, LegacyEncoding encoding) {
        Map<String, String> inverse = new HashMap<>();
        encoding.table().forEach((legacy, letter) -> inverse.putIfAbsent(letter, legacy));
        StringBuilder out = new StringBuilder();
        for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
            String legacy = inverse.get(String.valueOf(c));
            if (legacy == null && encoding == LegacyEncoding.TCVN3) {
                legacy = inverse.get(String.valueOf(Character.toLowerCase(c)));
            }
            out.append(legacy != null ? legacy : String.valueOf(c));
        }
        return out.toString();
    }

    private static long lines(String s) {
        return s.chars().filter(c -> c == '\n').count();
    }

    // ---------------------------------------------------------------------------------------------
    // Tables

    @Test
    void tables_holdEveryAccentedLetter_tcvn3LowerCaseAndUntonedCapitals_vniBothCases() {
        assertThat(LegacyEncoding.TCVN3.table().values())
                .doesNotHaveDuplicates()
                .containsAll(LOWER_ACCENTED)
                .contains("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ")
                .hasSize(74);
        assertThat(LegacyEncoding.VNI.table().values())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ALL_ACCENTED);
        assertThat(LegacyEncoding.TCVN3.maxKeyLength()).isEqualTo(1);
        assertThat(LegacyEncoding.VNI.maxKeyLength()).isEqualTo(2);
    }

    private static String latin1(int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int c = from; c <= to; c++) {
            s.append((char) c);
        }
        return s.toString();
    }

    /** The TCVN 5712 VN3 chart typed out in byte order (libiconv tcvn.h / glibc TCVN5712-1). */
    @Test
    void decode_tcvn3_matchesTheTcvn5712ChartByteForByte() {
        assertThat(LegacyEncodingConverter.decode(latin1(0xA1, 0xA7), LegacyEncoding.TCVN3))
                .isEqualTo("ĂÂÊÔƠƯĐ");
        assertThat(LegacyEncodingConverter.decode(latin1(0xA8, 0xAE), LegacyEncoding.TCVN3))
                .isEqualTo("ăâêôơưđ");
        assertThat(LegacyEncodingConverter.decode(latin1(0xB5, 0xB9), LegacyEncoding.TCVN3))
                .isEqualTo("àảãáạ");
        assertThat(LegacyEncodingConverter.decode(latin1(0xBB, 0xBE), LegacyEncoding.TCVN3))
                .isEqualTo("ằẳẵắ");
        assertThat(LegacyEncodingConverter.decode(latin1(0xC6, 0xCC), LegacyEncoding.TCVN3))
                .isEqualTo("ặầẩẫấậè");
        assertThat(LegacyEncodingConverter.decode(latin1(0xCE, 0xD8), LegacyEncoding.TCVN3))
                .isEqualTo("ẻẽéẹềểễếệìỉ");
        assertThat(LegacyEncodingConverter.decode(latin1(0xDC, 0xDF), LegacyEncoding.TCVN3))
                .isEqualTo("ĩíịò");
        assertThat(LegacyEncodingConverter.decode(latin1(0xE1, 0xEF), LegacyEncoding.TCVN3))
                .isEqualTo("ỏõóọồổỗốộờởỡớợù");
        assertThat(LegacyEncodingConverter.decode(latin1(0xF1, 0xFE), LegacyEncoding.TCVN3))
                .isEqualTo("ủũúụừửữứựỳỷỹýỵ");
        // Bytes VN3 leaves unassigned (VN1 capitals, combining marks) pass through.
        String unassigned = "\u00AF\u00B0\u00B1\u00B2\u00B3\u00B4\u00BA\u00BF\u00C0\u00C5\u00CD\u00D9\u00DB\u00E0\u00F0\u00FF";
        assertThat(LegacyEncodingConverter.decode(unassigned, LegacyEncoding.TCVN3)).isEqualTo(unassigned);
    }

    /** The VNI-Windows chart typed out per vowel: base, sắc, huyền, hỏi, ngã, nặng (xvnkb vni.h). */
    @Test
    void decode_vni_matchesTheVniChartLetterForLetter() {
        Map<String, String> chart = new java.util.LinkedHashMap<>();
        chart.put("aù aø aû aõ aï", "á à ả ã ạ");
        chart.put("aâ aá aà aå aã aä", "â ấ ầ ẩ ẫ ậ");
        chart.put("aê aé aè aú aü aë", "ă ắ ằ ẳ ẵ ặ");
        chart.put("eù eø eû eõ eï", "é è ẻ ẽ ẹ");
        chart.put("eâ eá eà eå eã eä", "ê ế ề ể ễ ệ");
        chart.put("í ì æ ó ò", "í ì ỉ ĩ ị");
        chart.put("où oø oû oõ oï", "ó ò ỏ õ ọ");
        chart.put("oâ oá oà oå oã oä", "ô ố ồ ổ ỗ ộ");
        chart.put("ô ôù ôø ôû ôõ ôï", "ơ ớ ờ ở ỡ ợ");
        chart.put("uù uø uû uõ uï", "ú ù ủ ũ ụ");
        chart.put("ö öù öø öû öõ öï", "ư ứ ừ ử ữ ự");
        chart.put("yù yø yû yõ î", "ý ỳ ỷ ỹ ỵ");
        chart.put("ñ", "đ");
        chart.put("AÙ AØ AÛ AÕ AÏ", "Á À Ả Ã Ạ");
        chart.put("AÂ AÁ AÀ AÅ AÃ AÄ", "Â Ấ Ầ Ẩ Ẫ Ậ");
        chart.put("AÊ AÉ AÈ AÚ AÜ AË", "Ă Ắ Ằ Ẳ Ẵ Ặ");
        chart.put("EÙ EØ EÛ EÕ EÏ", "É È Ẻ Ẽ Ẹ");
        chart.put("EÂ EÁ EÀ EÅ EÃ EÄ", "Ê Ế Ề Ể Ễ Ệ");
        chart.put("Í Ì Æ Ó Ò", "Í Ì Ỉ Ĩ Ị");
        chart.put("OÙ OØ OÛ OÕ OÏ", "Ó Ò Ỏ Õ Ọ");
        chart.put("OÂ OÁ OÀ OÅ OÃ OÄ", "Ô Ố Ồ Ổ Ỗ Ộ");
        chart.put("Ô ÔÙ ÔØ ÔÛ ÔÕ ÔÏ", "Ơ Ớ Ờ Ở Ỡ Ợ");
        chart.put("UÙ UØ UÛ UÕ UÏ", "Ú Ù Ủ Ũ Ụ");
        chart.put("Ö ÖÙ ÖØ ÖÛ ÖÕ ÖÏ", "Ư Ứ Ừ Ử Ữ Ự");
        chart.put("YÙ YØ YÛ YÕ Î", "Ý Ỳ Ỷ Ỹ Ỵ");
        chart.put("Ñ", "Đ");
        chart.forEach((vni, unicode) ->
                assertThat(LegacyEncodingConverter.decode(vni, LegacyEncoding.VNI)).as(vni).isEqualTo(unicode));
    }

    // ---------------------------------------------------------------------------------------------
    // Round trips

    @Test
    void roundTripSentences_coverEveryAccentedLetterInBothCases() {
        assertThat(lettersOf(SENTENCES)).containsAll(LOWER_ACCENTED);
        assertThat(lettersOf(upperCased(SENTENCES))).containsAll(bothCases(LOWER_ACCENTED)
                .stream().filter(l -> !l.equals(l.toLowerCase(Locale.ROOT))).toList());
        assertThat(ALL_ACCENTED).hasSize(134);
    }

    @Test
    void decode_tcvn3_restoresEveryAccentedLetter() {
        for (String sentence : SENTENCES) {
            String legacy = encode(sentence, LegacyEncoding.TCVN3);
            assertThat(legacy).as(sentence).isNotEqualTo(sentence);
            assertThat(LegacyEncodingConverter.decode(legacy, LegacyEncoding.TCVN3)).isEqualTo(sentence);
        }
    }

    @Test
    void decode_tcvn3_restoresEveryAccentedCapitalOfCapitalFontLines() {
        for (String sentence : upperCased(SENTENCES)) {
            String legacy = encode(sentence, LegacyEncoding.TCVN3);
            assertThat(LegacyEncodingConverter.decode(legacy, LegacyEncoding.TCVN3)).isEqualTo(sentence);
        }
    }

    @Test
    void decode_vni_restoresEveryAccentedLetter() {
        List<String> all = new ArrayList<>(SENTENCES);
        all.addAll(upperCased(SENTENCES));
        all.addAll(VNI_TITLE_CASE);
        for (String sentence : all) {
            String legacy = encode(sentence, LegacyEncoding.VNI);
            assertThat(legacy).as(sentence).isNotEqualTo(sentence);
            assertThat(LegacyEncodingConverter.decode(legacy, LegacyEncoding.VNI)).isEqualTo(sentence);
        }
    }

    @Test
    void normalize_detectsAndRestoresWholeTcvn3AndVniTexts() {
        String text = String.join("\n", SENTENCES) + "\n" + String.join("\n", upperCased(SENTENCES));
        String tcvn3 = encode(text, LegacyEncoding.TCVN3);
        String vni = encode(text + "\n" + String.join("\n", VNI_TITLE_CASE), LegacyEncoding.VNI);

        assertThat(LegacyEncodingConverter.detect(tcvn3)).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncodingConverter.detect(vni)).contains(LegacyEncoding.VNI);
        assertThat(converter.normalize(tcvn3)).isEqualTo(text);
        assertThat(converter.normalize(vni)).isEqualTo(text + "\n" + String.join("\n", VNI_TITLE_CASE));
    }

    @Test
    void normalize_restoresEachSentenceOnItsOwn() {
        for (String sentence : SENTENCES) {
            for (LegacyEncoding encoding : LegacyEncoding.values()) {
                String legacy = encode(sentence, encoding);
                assertThat(LegacyEncodingConverter.detect(legacy)).as(legacy).contains(encoding);
                assertThat(converter.normalize(legacy)).isEqualTo(sentence);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------
    // Known examples

    @Test
    void decode_tcvn3_restoresTextAsTikaExtractsItFromOldWordFiles() {
        assertThat(LegacyEncodingConverter.decode("Hµ Néi", LegacyEncoding.TCVN3)).isEqualTo("Hà Nội");
        assertThat(LegacyEncodingConverter.decode("§¶ng", LegacyEncoding.TCVN3)).isEqualTo("Đảng");
        assertThat(LegacyEncodingConverter.decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam", LegacyEncoding.TCVN3))
                .isEqualTo("Cộng hoà xã hội chủ nghĩa Việt Nam");
    }

    @Test
    void normalize_tcvn3_restoresHanoiInASentence() {
        assertThat(converter.normalize("Thñ ®« Hµ Néi lµ trung t©m chÝnh trÞ cña c¶ n­íc."))
                .isEqualTo("Thủ đô Hà Nội là trung tâm chính trị của cả nước.");
    }

    @Test
    void decode_vni_restoresTextAsTikaExtractsItFromOldWordFiles() {
        assertThat(LegacyEncodingConverter.decode("Haø Noäi", LegacyEncoding.VNI)).isEqualTo("Hà Nội");
        assertThat(LegacyEncodingConverter.decode("Ñaûng", LegacyEncoding.VNI)).isEqualTo("Đảng");
        assertThat(converter.normalize("Thuû ñoâ Haø Noäi laø trung taâm chính trò cuûa caû nöôùc."))
                .isEqualTo("Thủ đô Hà Nội là trung tâm chính trị của cả nước.");
    }

    @Test
    void decode_tcvn3_readsSoftHyphenAndInWordMinusSignAsUhorn() {
        assertThat(LegacyEncodingConverter.decode("ng\u00ADêi ®\u00ADîc", LegacyEncoding.TCVN3))
                .isEqualTo("người được");
        assertThat(LegacyEncodingConverter.decode("n\u2212íc tr\u2212êng", LegacyEncoding.TCVN3))
                .isEqualTo("nước trường");
        assertThat(LegacyEncodingConverter.decode("5 \u2212 3", LegacyEncoding.TCVN3)).isEqualTo("5 \u2212 3");
    }

    @Test
    void decode_tcvn3_upperCasesWordsTypedInTheCapitalFont() {
        assertThat(LegacyEncodingConverter.decode("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", LegacyEncoding.TCVN3))
                .isEqualTo("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(LegacyEncodingConverter.decode("Ban chÊp hµnh QUYÕT §ÞNH", LegacyEncoding.TCVN3))
                .isEqualTo("Ban chấp hành QUYẾT ĐỊNH");
        // A lone capital at the start of a word on a mixed-case line is an ordinary Title-case word.
        assertThat(LegacyEncodingConverter.decode("§Ó Hµ Néi", LegacyEncoding.TCVN3)).isEqualTo("Để Hà Nội");
    }

    @Test
    void decode_passesThroughCharactersOutsideTheEncodingAndKeepsLineBreaks() {
        String other = "Số 12/2003/NĐ-CP\r\n\n中文 € ☃ Привет\t\"x\" (1+1=2)\n";
        for (LegacyEncoding encoding : LegacyEncoding.values()) {
            assertThat(LegacyEncodingConverter.decode(other, encoding)).isEqualTo(other);
        }
        String legacy = "Hµ Néi\n\n§¶ng\r\n";
        assertThat(LegacyEncodingConverter.decode(legacy, LegacyEncoding.TCVN3)).isEqualTo("Hà Nội\n\nĐảng\r\n");
    }

    @Test
    void decode_vni_leavesMarksThatFollowNoVowelAsTheyAre() {
        assertThat(LegacyEncodingConverter.decode("Dãng ù", LegacyEncoding.VNI)).isEqualTo("Dãng ù");
    }

    @Test
    void decode_returnsNfc() {
        String decoded = LegacyEncodingConverter.decode(
                Normalizer.normalize("Céng hoµ x· héi", Normalizer.Form.NFD), LegacyEncoding.TCVN3);
        assertThat(decoded).isEqualTo("Cộng hoà xã hội");
        assertThat(Normalizer.isNormalized(decoded, Normalizer.Form.NFC)).isTrue();
        assertThat(LegacyEncodingConverter.decode(null, LegacyEncoding.VNI)).isNull();
    }

    // ---------------------------------------------------------------------------------------------
    // What must not be detected

    private static final String UNICODE_VIETNAMESE = String.join("\n", SENTENCES) + "\n"
            + "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; theo đề nghị của Bộ trưởng Bộ Tư pháp.";

    @Test
    void detect_ignoresUnicodeVietnamese() {
        assertThat(LegacyEncodingConverter.detect(UNICODE_VIETNAMESE)).isEmpty();
        assertThat(LegacyEncodingConverter.detect(String.join("\n", upperCased(SENTENCES)))).isEmpty();
        for (String sentence : SENTENCES) {
            assertThat(LegacyEncodingConverter.detect(sentence)).as(sentence).isEmpty();
        }
    }

    @Test
    void detect_ignoresNfdVietnamese() {
        assertThat(LegacyEncodingConverter.detect(Normalizer.normalize(UNICODE_VIETNAMESE, Normalizer.Form.NFD)))
                .isEmpty();
        for (String sentence : SENTENCES) {
            assertThat(LegacyEncodingConverter.detect(Normalizer.normalize(sentence, Normalizer.Form.NFD))).isEmpty();
        }
    }

    @Test
    void detect_ignoresEnglishEvenWithLatin1Symbols() {
        assertThat(LegacyEncodingConverter.detect("The committee reviewed the proposal on Tuesday and agreed"
                + " to publish the results next month. Particle sizes ranged from 5 µm to 20 µm; samples were"
                + " stored at 4 °C. Microsoft® Word © 2003 — a naïve café résumé, ½ price.")).isEmpty();
    }

    @Test
    void detect_ignoresFrench() {
        assertThat(LegacyEncodingConverter.detect("Le gouvernement a présenté hier un projet de loi très attendu."
                + " Selon le ministre, la réforme sera appliquée dès l'été prochain, malgré les critiques des élus."
                + " Où en sommes-nous ? À Paris, les élèves ont déjà commencé les épreuves ; ça a été une année"
                + " difficile. « Il faut être prêt », a-t-il dit, près de la fenêtre du côté de la forêt.")).isEmpty();
    }

    @Test
    void detect_ignoresGerman() {
        assertThat(LegacyEncodingConverter.detect("Die Bundesregierung hat am Mittwoch einen Gesetzentwurf"
                + " beschlossen, der die Förderung erneuerbarer Energien ausweiten soll. Für Verbraucher bedeutet"
                + " das zunächst höhere Kosten, später jedoch günstigere Preise. Kritiker bemängeln, dass die"
                + " Maßnahmen zu spät kommen. Schöne Grüße aus München, Düsseldorf und Köln; über Nacht.")).isEmpty();
    }

    @Test
    void detect_ignoresSpanishAndPortuguese() {
        assertThat(LegacyEncodingConverter.detect("El presidente anunció que el gobierno aprobará una reforma."
                + " Según él, la medida permitirá que más niños accedan a la educación. ¿Qué opinan? Sí, también."))
                .isEmpty();
        assertThat(LegacyEncodingConverter.detect("O governo anunciou que não vai aumentar os impostos. A situação"
                + " econômica é estável e as exportações cresceram. Não há dúvida de que será bem recebida."))
                .isEmpty();
    }

    @Test
    void detect_ignoresUnaccentedOcrOutput() {
        assertThat(LegacyEncodingConverter.detect("Chi thi s6 50-CT/TW ctia Ban Bi thw")).isEmpty();
        assertThat(LegacyEncodingConverter.detect("cüa Dãng nãm chInh")).isEmpty();
        assertThat(LegacyEncodingConverter.detect("Chi thi s6 50-CT/TW ctia Ban Bi thw ve tiep tuc tang cuong"
                + " sir lanh dao cüa Dãng nãm chInh quyen dja phuong")).isEmpty();
    }

    @Test
    void detect_needsAtLeastThreeEvidenceWords() {
        assertThat(LegacyEncodingConverter.detect("Hµ Néi")).isEmpty();
        assertThat(LegacyEncodingConverter.detect("Haø Noäi")).isEmpty();
        assertThat(LegacyEncodingConverter.detect("Thñ ®« Hµ Néi")).contains(LegacyEncoding.TCVN3);
        assertThat(LegacyEncodingConverter.detect("Thuû ñoâ Haø Noäi")).contains(LegacyEncoding.VNI);
        assertThat(LegacyEncodingConverter.detect(null)).isEmpty();
        assertThat(LegacyEncodingConverter.detect("")).isEmpty();
    }

    @Test
    void detect_ignoresARepeatedSymbolThatHappensToDecode() {
        // "µm" reads as TCVN3 "àm", a valid syllable; one word type repeated is no evidence.
        assertThat(LegacyEncodingConverter.detect("µm µm µm µm µm µm")).isEmpty();
    }

    @Test
    void normalize_returnsTextThatIsNotLegacyUnchanged() {
        for (String text : List.of(UNICODE_VIETNAMESE, "Hello, world", "cüa Dãng nãm chInh", "Hµ Néi", "")) {
            assertThat(converter.normalize(text)).isSameAs(text);
        }
        assertThat(converter.normalize(null)).isNull();
    }

    // ---------------------------------------------------------------------------------------------
    // Contract

    @Test
    void normalize_isIdempotent() {
        List<String> inputs = new ArrayList<>(List.of(UNICODE_VIETNAMESE, "Hµ Néi", "Thñ ®« Hµ Néi",
                "Thuû ñoâ Haø Noäi", "cüa Dãng nãm chInh", "Où en sommes-nous ? À Paris, déjà, été."));
        for (String sentence : SENTENCES) {
            inputs.add(encode(sentence, LegacyEncoding.TCVN3));
            inputs.add(encode(sentence, LegacyEncoding.VNI));
        }
        for (String input : inputs) {
            String once = converter.normalize(input);
            assertThat(converter.normalize(once)).as(input).isEqualTo(once);
        }
    }

    @Test
    void normalize_randomText_neverThrowsKeepsLineCountAndIsIdempotent() {
        List<String> legacyPieces = new ArrayList<>(LegacyEncoding.TCVN3.table().keySet());
        legacyPieces.addAll(LegacyEncoding.VNI.table().keySet());
        Random random = new Random(20240607L);
        for (int n = 0; n < 3000; n++) {
            String text = randomText(random, legacyPieces);
            assertThatCode(() -> {
                String once = converter.normalize(text);
                assertThat(lines(once)).as("line count").isEqualTo(lines(text));
                assertThat(converter.normalize(once)).as("idempotent").isEqualTo(once);
                LegacyEncodingConverter.detect(text);
                for (LegacyEncoding encoding : LegacyEncoding.values()) {
                    assertThat(lines(LegacyEncodingConverter.decode(text, encoding))).isEqualTo(lines(text));
                }
            }).as(text).doesNotThrowAnyException();
        }
    }

    private static String randomText(Random random, List<String> legacyPieces) {
        String[] pools = {
            "abcdeghiklmnopqrstuvxyABCDEGHIKLMNOPQRSTUVXY     ",
            "\n\n\r\t.,;:-'\"()0123456789",
            "àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐƠƯ",
            "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B\u00AD\u2212\u00A0",
            "中文한국어Привет€™…“”‘’•–—☃",
            "\uD83D\uDE00\uD800\uDC00\uDFFF\uD801",
        };
        int length = random.nextInt(120);
        StringBuilder s = new StringBuilder(length);
        boolean legacyHeavy = random.nextBoolean();
        while (s.length() < length) {
            if (legacyHeavy && random.nextInt(3) == 0) {
                s.append(legacyPieces.get(random.nextInt(legacyPieces.size())));
            } else if (random.nextInt(4) == 0) {
                s.append((char) random.nextInt(0x10000));
            } else {
                String pool = pools[random.nextInt(pools.length)];
                s.append(pool.charAt(random.nextInt(pool.length())));
            }
        }
        return s.toString();
    }

    @Test
    void isVietnameseWord_acceptsSyllablesInEitherToneConventionAndRejectsForeignWords() {
        for (String word : List.of("nghiêng", "khuỷu", "quốc", "giếng", "gì", "người", "hòa", "hoà", "thủy",
                "thuỷ", "quý", "Đảng", "VIỆT", "xoong", "oái", "được", "tuyết")) {
            assertThat(LegacyEncodingConverter.isVietnameseWord(word)).as(word).isTrue();
        }
        for (String word : List.of("été", "für", "schön", "cafe", "Néi", "hoµ", "ViÖt", "têt", "hòan", "hOà",
                "cüa", "daò", "ce", "ngi", "ghu", "cat", "mươ")) {
            assertThat(LegacyEncodingConverter.isVietnameseWord(word)).as(word).isFalse();
        }
    }
}
