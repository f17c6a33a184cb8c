package vn.cascade.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static vn.cascade.normalize.NormalizerAssertions.checkRandomData;
import static vn.cascade.normalize.NormalizerAssertions.lines;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.cascade.normalize.train.RestorationEvaluation;

/** The trained restorer in models/normalizer (committed; rebuilt by `cascade train normalizer`). */
class OcrRestorerTest {

    static final Path MODEL = Path.of("models", "normalizer");
    static NormalizationChain chain;

    @BeforeAll
    static void load() {
        assumeTrue(NormalizerModel.exists(MODEL), "the normalizer is trained");
        chain = NormalizationChain.withRestorer(ToneMarkPlacement.Style.OLD, NormalizerModel.load(MODEL).restorer());
    }

    @Test
    void restore_seedStyleDamage_givesAccentedVietnamese() {
        String out = chain.normalize("Thuc hién Chi thi s6 50-CT/TW, ngay 23/7/2025 cia Ban Bi thw");
        assertThat(out).contains("Chỉ thị số 50-CT/TW").contains("ngày 23/7/2025").contains("Ban Bí thư");
    }

    @Test
    void inAWellAccentedText_aNameNoSyllableSpells_andAForeignWord_stayAsWritten_butALostToneIsRestored() {
        String text = "Đồng chí Giàng A Páo, Bí thư Chi bộ bản Khuổi Mìn, hướng dẫn đảng viên cài ứng dụng Zalo"
                + " và họp online; công khai, minh bach kết quả đánh giá.";
        String out = chain.normalize(text);
        assertThat(out).contains("Giàng A Páo").contains("Khuổi Mìn").contains("Zalo").contains("online")
                .contains("minh bạch");
    }

    @Test
    void aHornOcrPrintedAsAnApostrophe_isOneWord_readBack() {
        // seed 003's kind of damage: "ư", "ơ" printed as the vowel and an apostrophe
        assertThat(chain.normalize("ve tang cu'dng cong tac; chat lu'gng sinh hoat; Nha nuó'c; tinh hinh mó'i"))
                .contains("tăng cường công tác").contains("chất lượng").contains("Nhà nước").contains("tình hình mới");
        // an English contraction stays as written
        assertThat(chain.normalize("ghi chu: Don't panic")).contains("Don't");
    }

    @Test
    void aShortWordOcrReadAsDigits_isReadBack_numbersStayNumbers() {
        String out = chain.normalize("kiem tra cac chi bo, nhat 14 nhung chi bo yeu kem; xem day 13 ky luat; "
                + "trong 15 ngay ke tu ngay 13 thang 5; co 14 dong chi");
        assertThat(out).contains("nhất là những chi bộ").contains("đây là kỷ luật")
                .contains("trong 15 ngày").contains("ngày 13 tháng 5").contains("có 14 đồng chí");
        // cut by a scan's line break
        assertThat(chain.normalize("cac nguyen tac to chuc cua Dang, nhat 14\nnguyen tac tap trung dan chu"))
                .contains("nhất là\nnguyên tắc");
        // or by a blank line OCR left inside the sentence
        assertThat(chain.normalize("Xay dung cac mo hinh tu quan ve bao ve moi truong\n\n6 khu dan cu nhu \"To dan pho xanh\""))
                .contains("môi trường\n\nở khu dân cư");
        assertThat(chain.normalize("Tong ket cong tac nam 2025.\n\n6 khu dan cu dat chuan")).contains("\n\n6 khu dân cư");
    }

    @Test
    void aNameInCapitalsOrOpeningALine_isReadAsTheDocumentReadsItInTitleCase() {
        // alone, the capitals and the line's start read "TỪNG LÀM", "Từng Lâm": the language model's words
        String out = chain.normalize("DANG UY XA TUNG LAM\nTung Lam, ngay 08 thang 9 nam 2025\n"
                + "Thuc hien chi dao, Ban Thuong vu Dang uy xa Tung Lam xay dung ke hoach nhu sau:");
        assertThat(out.split("\n")).startsWith("ĐẢNG ỦY XÃ TÙNG LÂM", "Tùng Lâm, ngày 08 tháng 9 năm 2025");
        assertThat(out).contains("Đảng ủy xã Tùng Lâm xây dựng");
        // the line's start read other letters ("Yên Thành", a district the model knows): the letters OCR
        // printed are the name the body reads twice (the OCR of a held-out scan, corpus/understand 17)
        assertThat(chain.normalize("DANG UY XA YEN THACH\nYén Thach, ngay 14 thang 10 nam 2025.\n"
                + "Ban Thuong vu Dang uy xa Yén Thach xay dung Ke hoach thuc hien.")).contains("\nYên Thạch, ngày 14");
        // a lower-case phrase of the same letters is no name
        assertThat(chain.normalize("Ban Thuong vu Dang uy xa Tung Lam; nhung viec tung lam")).endsWith("những việc từng làm");
    }

    @Test
    void aNameOpeningALineOrAfterALevelInCapitals_isWeighedByHowNamesAreWritten() {
        // a signer's name: alone, "Đô Thị" (urban) is the language model's reading
        assertThat(chain.normalize("T/M BAN THUONG VU\nBI THU\nDo Thi Thu Trang")).endsWith("\nĐỗ Thị Thu Trang");
        // a header's capitals after an administrative level's word are a place's name
        assertThat(chain.normalize("DANG UY XA LAM KHE\nBAN CHI HUY QUAN SU")).isEqualTo("ĐẢNG ỦY XÃ LÂM KHÊ\nBAN CHỈ HUY QUÂN SỰ");
        // a sentence's first word before a lower-case one is no name
        assertThat(chain.normalize("Do thi thong minh la muc tieu.")).doesNotStartWith("Đỗ").endsWith("thị thông minh là mục tiêu.");
        // a line that is a person's name opens with the family name; a province alone on a line is no person
        assertThat(chain.normalize("BI THU\nLai Chau\nTran Van Nam")).isEqualTo("BÍ THƯ\nLai Châu\nTrần Văn Nam");
    }

    @Test
    void twoSyllablesOcrRanTogether_areSplit_theLanguageModelChoosingEachReading() {
        // the likeliest reading of each part alone is "dang" (the unaccented word); in context, "đảng viên"
        assertThat(chain.normalize("thuc hien cong tac dangvien")).isEqualTo("thực hiện công tác đảng viên");
    }

    @Test
    void aHyphenOcrPutBetweenLowerCaseWords_isASpace_namesAndCodesKeepTheirs() {
        String in = "Ban thuong vu cac dang ty-trurc thuoc Tinh uy; tinh Ba Ria-Vung Tau; so 12/KH-UBND";
        String out = chain.normalize(in);
        assertThat(out).contains("các đảng ủy trực thuộc").contains("Bà Rịa-Vũng Tàu").contains("12/KH-UBND");
    }

    @Test
    void dustOcrPrintedAtALinesRightEdge_isBlanked_onlyInOcrdText() {
        String in = "Ban Thuong vu Dang uy xa bao ©\ncao ket qua ve Ban Thuong vu Tinh uy (qua Van phong Tinh .\n"
                + "uy) dinh ky hang quy. ° .\nThuc hien tot .\nNam 2025";
        String out = chain.normalize(in);
        assertThat(out.split("\n", -1)).hasSize(5); // lines kept
        assertThat(out).contains("xã báo  \ncáo").contains("Văn phòng Tỉnh  \nủy)").contains("hằng quý.    \n")
                .doesNotContain("ở\n").contains("tốt .\n"); // a dot before a capital is left alone
        // a text that kept its accents is not OCR's: nothing blanked
        assertThat(chain.normalize("Báo cáo Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh .\nủy) định kỳ."))
                .contains("Tỉnh .\nủy");
    }

    @Test
    void aFinalClusterCutFromLetterSpacedCapitals_isJoinedBack_butNotABareWordInRunningText() {
        assertThat(chain.normalize("T/M BAN THUO NG VU")).isEqualTo("T/M BAN THƯỜNG VỤ");
        assertThat(chain.normalize("in ra ch hoa")).doesNotContain("rach");
    }

    @Test
    void anApostropheGluedAfterOOrU_isTheHornOcrDrewSo() {
        // the seeds' OCR: "co' so'", "nhU'ng u'u", "tru'Oc ngày"
        assertThat(OcrRestorer.horns("co' so' nhu'ng u'u tru'Oc 'Kiem")).isEqualTo("cơ sơ nhưng ưu trưOc 'Kiem");
        assertThat(chain.normalize("cac to chuc co' so dang; phat huy nhu'ng u'u diem")).contains("cơ sở đảng").contains("ưu điểm");
    }

    @Test
    void aShortWordInCapitalsAmongWordsThatAreNot_isCapitalisedOnlyFirst_butHeadingsAndAbbreviationsKeepTheirs() {
        // OCR reads a hatted ô or ơ as a capital O: "Ban TO chite" is "Ban Tổ chức"
        assertThat(chain.normalize("Ban TO chite Tinh uy chu tri")).startsWith("Ban Tổ chức Tỉnh ủy");
        assertThat(chain.normalize("BAN TO CHUC TINH UY")).isEqualTo("BAN TỔ CHỨC TỈNH ỦY");
        assertThat(chain.normalize("tai TP. Ho Chi Minh")).contains("TP. Hồ Chí Minh");
        // at a line's start the next word tells; "CAp" is in capitals as the case rule reads it
        assertThat(chain.normalize("CAp uy cip tren phai")).startsWith("Cấp ủy cấp trên");
        assertThat(chain.normalize("UBND tinh")).startsWith("UBND");
    }

    @Test
    void aHyphenGluingAWordToADate_isDust_butACodesHyphenStays() {
        assertThat(chain.normalize("Ke hoach s6 39-KH/DU, ngay-14/10/2025 cua Ban Thuong vu")).contains("ngày 14/10/2025").contains("39-KH/ĐU");
    }

    @Test
    void aDotGluedToAWordBeforeALowerCaseOne_isDust_butNotAfterCapitalsOrALetter() {
        String out = chain.normalize("phan anh voi Dang. uy So nhung bieu hien, giam sat cua.\ndoan vien. Tiep tuc tai TP. Ho Chi Minh");
        assertThat(out).contains("Đảng  ủy Sở").contains("của \nđoàn viên").contains("viên. Tiếp").contains("TP. Hồ Chí Minh");
    }

    @Test
    void aLetterOcrStuttered_isDust_butAWordOrAnItemLetterIsNot() {
        String out = chain.normalize("qua Ban n Xay dung Dang, voi Cong a an phuong, Sau hoi i nghi kiem diem\n"
                + "diem a khoan 2, muc b, a) Cac cap uy; tri lay y kien, ba ben cung co");
        assertThat(out).contains("Ban   Xây dựng").contains("Công   an phường").contains("hội   nghị")
                .contains("điểm a").contains("mục b").contains("a) Các").contains("lấy ý kiến");
    }

    @Test
    void aDotBetweenTwoWholeSyllables_isDust_butNotALostLetterNorAnAddress() {
        String out = chain.normalize("gui Dang uy co.quan So, xem tai dangcongsan.vn, Kt lu.n so, Ban Ch.p hanh, khu.vuc,"
                + " trong ky sinh hoat chi.b6 thang 4/2026");
        assertThat(out).contains("cơ quan Sở").contains("khu vực").contains("dangcongsan.vn").contains("chi bộ tháng")
                .contains("lu.n").contains("Ch.p"); // seed 003's kind: the dot stands for a lost letter
    }

    @Test
    void aDotAfterAWordOcrDamagedBeyondItsSkeleton_isDustToo() {
        // "thyc": ư read as y; the word after the dot is whole
        assertThat(chain.normalize("bao cao két qua thyc.hién vé Ban Thuong vu")).contains("thực hiện về");
    }

    @Test
    void aLowerCasePRestoredToD_wasACapital() {
        // Tesseract's English model reads a capital Đ as "p" as often as "P", a small đ as "d"
        assertThat(chain.normalize("8. pang uy cac xa, thi tran")).startsWith("8. Đảng ủy các xã");
        assertThat(chain.normalize("t6 chirc dang va dang vién")).contains("tổ chức đảng và đảng viên");
    }

    @Test
    void scoredRestoration_isTheSameText_andPointsAtEachChangedWord() throws Exception {
        String raw = Files.readString(Path.of("corpus", "seeds", "001_e523802ce71f7aac.txt"), StandardCharsets.UTF_8);
        OcrRestorer.Scored scored = chain.normalizeScored(raw);
        assertThat(scored.text()).isEqualTo(chain.normalize(raw));
        assertThat(scored.changes()).hasSizeGreaterThan(100);
        for (OcrRestorer.Change c : scored.changes()) {
            assertThat(scored.text().substring(c.start(), c.end())).isEqualTo(c.restored());
            assertThat(c.restored()).isNotEqualTo(c.observed());
        }
        // Most words are clear choices; a minority are close calls worth showing a reader.
        long doubtful = scored.changes().stream().filter(c -> c.margin() < 2.0).count();
        assertThat(doubtful).isPositive().isLessThan(scored.changes().size() / 2);
    }

    @Test
    void aLoneLetterBeforeASyllable_mayBeASpeck_theLanguageModelChooses() {
        // "t uy" joins as "tuy", a syllable, but "t" may be dust before "uy" (ủy): the context decides
        assertThat(chain.normalize("Cac dang bo truc thuoc Thanh t uy, Giao Ban Tuyen giao va Dan van Thanh t uy chu tri"))
                .contains("trực thuộc Thành ủy,").contains("Dân vận Thành ủy chủ trì");
        assertThat(chain.normalize("Ban Chap hanh D ang bo, cac c ap uy, th uc hien"))
                .isEqualTo("Ban Chấp hành Đảng bộ, các cấp ủy, thực hiện");
    }

    @Test
    void syllablesOcrCutInTwo_areJoined_andNothingElseIs() throws Exception {
        OcrRestorer restorer = NormalizerModel.load(MODEL).restorer();
        assertThat(restorer.joinSplitSyllables("Ban Chấp hành Đ ảng bộ, các c ấp ủy, th uc hien"))
                .isEqualTo("Ban Chấp hành Đảng bộ, các cấp ủy, thuc hien");
        // an initial, a lone letter before a word, a code: left alone
        assertThat(restorer.joinSplitSyllables("Nguyễn V. Anh; chi b trong; mục b ấy; 15-KH/TU ông"))
                .isEqualTo("Nguyễn V. Anh; chi b trong; mục b ấy; 15-KH/TU ông");
        // held-out accented text with one syllable in ten cut after its onset, as OCR does
        String clean = Files.readString(Path.of("models", "normalizer", "eval", "heldout-general.txt"), StandardCharsets.UTF_8)
                .lines().limit(400).collect(java.util.stream.Collectors.joining("\n"));
        java.util.Random random = new java.util.Random(7);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\p{L}])([bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX]{1,3})([aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]\\p{L}*)(?![\\p{L}])").matcher(clean);
        StringBuilder cut = new StringBuilder();
        int cuts = 0;
        while (m.find()) {
            boolean doCut = random.nextInt(10) == 0;
            cuts += doCut ? 1 : 0;
            m.appendReplacement(cut, doCut ? "$1 $2" : "$0");
        }
        m.appendTail(cut);
        String joined = restorer.joinSplitSyllables(cut.toString());
        double wrong = 1 - RestorationEvaluation.evaluate(clean, joined, s -> s).outputAccuracy();
        double before = 1 - RestorationEvaluation.evaluate(clean, cut.toString(), s -> s).outputAccuracy();
        System.out.printf("cut syllables: %d; syllables wrong before joining %.4f, after %.4f%n", cuts, before, wrong);
        assertThat(cuts).isGreaterThan(200);
        assertThat(before).isGreaterThan(0.05);
        assertThat(wrong).as("syllables still wrong after joining").isLessThan(0.01);
        assertThat(restorer.joinSplitSyllables(clean)).as("clean text is left alone").isEqualTo(clean);
    }

    @Test
    void digitsInsideWords_areReadAsLetters_butCodesStay() {
        String out = chain.normalize("sinh hoat chi b9 trong nam; long ghep 16ng ghep\nmang 5G, lop 10A, luc 20h");
        assertThat(out).contains("chi bộ").contains("lồng ghép").contains("5G").contains("10A").contains("20h");
    }

    @Test
    void glyphsOcrPutForAccentedLetters_areReadAsLetters() {
        // OCR without Vietnamese prints "¥" for ý, "&" and "€" for ế, ớ, ệ (seed 001's damage)
        String out = chain.normalize("Tuyén truyén vé muc dich, ¥ nghia cua Chi thi va K& hoach, m&i va hi€u qua");
        assertThat(out).contains("ý nghĩa").contains("Kế hoạch").contains("hiệu quả");
        // a glyph between digits or standing for itself stays
        assertThat(chain.normalize("Điện thoại 0236 & 0237, giá 5€")).contains("0236 & 0237").contains("5€");
    }

    @Test
    void protectedTokens_numbersDatesSymbolsRomanNumerals_areUntouched() {
        String in = "I. MUC DICH\nII. 2.3. Ke hoach s6 15-KH/TU ngay 18/9/2025, 1 8-KL/TW http://x.vn/a";
        String out = chain.normalize(in);
        for (String kept : new String[] {"I.", "II.", "2.3.", "15-KH/TU", "18/9/2025", "8-KL/TW", "http://x.vn/a"}) {
            assertThat(out).contains(kept);
        }
    }

    @Test
    void capitals_areKept() {
        String out = chain.normalize("KE HOACH\nBan Thuong vu Thanh uy");
        assertThat(out.lines().findFirst().orElseThrow()).isEqualTo("KẾ HOẠCH");
        assertThat(out).contains("Ban Thường vụ Thành ủy");
    }

    @Test
    void restoredText_isAFixedPoint_andLineCountIsKept() throws Exception {
        String raw = Files.readString(Path.of("corpus", "seeds", "000_a512d540e7e72e41.txt"), StandardCharsets.UTF_8);
        String once = chain.normalize(raw);
        assertThat(lines(once)).isEqualTo(lines(raw));
        String twice = chain.normalize(once);
        double changed = 1 - RestorationEvaluation.evaluate(once, twice, s -> s).outputAccuracy();
        // Restoring restored text changes (almost) nothing.
        assertThat(changed).isLessThan(0.01);
    }

    @Test
    void cleanAccentedText_notSeenInTraining_isLeftAlmostUntouched() throws Exception {
        String clean = Files.readString(MODEL.resolve("eval").resolve("heldout-general.txt"), StandardCharsets.UTF_8);
        var r = RestorationEvaluation.evaluate(clean, clean, chain);
        assertThat(r.broken()).isLessThan(0.002); // measured 0.0008 (models/normalizer/EVAL.md)
    }

    @Test
    void wellAccentedText_keepsEveryValidSyllable_evenWhereTheGenreWouldPreferAnother() {
        // The language model of plans prefers "định", "viên", "phương", "Trường", "bộ", "họp" here;
        // a text that kept its accents wrote what it meant.
        String clean = "Phối hợp với Bệnh viện và Trưởng thôn vận động hộ gia đình ở các phường bỏ phiếu tại buổi họp.";
        assertThat(chain.normalize(clean)).isEqualTo(clean);
        // the same words with their accents lost are still restored
        assertThat(chain.normalize("Phoi hop voi Ban To chuc Tinh uy")).isEqualTo("Phối hợp với Ban Tổ chức Tỉnh ủy");
    }

    @Test
    void randomUnicode_neverThrows() {
        checkRandomData(s -> {
            String out = chain.normalize(s);
            assertThat(lines(out)).isEqualTo(lines(new UnicodeCleaner().normalize(s)));
            return out;
        }, 5, 300);
    }

    /** Floor under the figure in models/normalizer/EVAL.md for the dev gold of seed 001 (measured 0.8955). */
    @Test
    void devGold001_syllableAccuracy_clearsTheFloor() throws Exception {
        Path gold = Path.of("..", "shared", "eval", "dev", "001.gold.txt");
        assumeTrue(Files.isRegularFile(gold), "the development gold is beside the project");
        var r = RestorationEvaluation.evaluate(Files.readString(gold, StandardCharsets.UTF_8),
                Files.readString(Path.of("corpus", "seeds", "001_e523802ce71f7aac.txt"), StandardCharsets.UTF_8), chain);
        System.out.println("dev 001: " + r.describe());
        assertThat(r.outputAccuracy()).isGreaterThanOrEqualTo(0.97); // the target (a); measured 0.9713
    }
}
