package vn.cascade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import vn.cascade.testutil.Fixtures;

class CascadeCliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cascade.execute(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "status", "search", "show", "normalize", "extract", "export", "corpus", "tree", "follow", "check", "units", "train", "eval", "bench"})
    void everyCommand_hasHelp(String command) {
        Run r = run(command, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: cascade " + command);
    }

    @Test
    void search_withoutIndex_saysWhatToDo_onStderr_withNonZeroExit() {
        Run r = run("--data", tmp.resolve("nothing").toString(), "search", "chi", "thi");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no index").contains("cascade ingest");
    }

    @Test
    void unknownOption_isAUsageError() {
        Run r = run("search", "--bogus", "x");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("Unknown option");
    }

    @Test
    void normalize_keepsOneOutputLinePerInputLine() throws Exception {
        Path seed = Fixtures.SEEDS.resolve("001_e523802ce71f7aac.txt");
        Run r = run("normalize", seed.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out().split("\n", -1)).hasSameSizeAs(Files.readString(seed).split("\n", -1));
    }

    @Test
    void treeAndCheck_onTheIngestedSeeds_writeReadableCsvAndXlsx() throws Exception {
        String data = tmp.resolve("data").toString();
        assertThat(run("--data", data, "ingest", Fixtures.SEEDS.toString()).code()).isZero();
        java.nio.file.Path html = tmp.resolve("tree.html");
        Run tree = run("--data", data, "tree", "50-CT/TW", "--html", html.toString());
        assertThat(tree.code()).as(tree.err()).isZero();
        assertThat(tree.out()).contains("50-CT/TW").contains("15-KH/TU").contains("16-KH/ĐU").contains("09-KH/TU");
        assertThat(Files.readString(html)).contains("<details open>").contains("15-KH/TU").contains("16-KH/ĐU");
        java.nio.file.Path exported = tmp.resolve("export");
        assertThat(run("--data", data, "export", "--json", exported.toString()).code()).isZero();
        String child = Files.readString(exported.resolve("004_650fb64d13caf8aa.json"));
        // the Lai Châu plan's parent, the directive, is known only by citation: the Hải Phòng plan stands for it
        assertThat(child).contains("\"parent\"").contains("\"via\" : \"50-CT/TW\"");
        java.nio.file.Path followCsv = tmp.resolve("follow.csv");
        java.nio.file.Path followXlsx = tmp.resolve("follow.xlsx");
        Run follow = run("--data", data, "follow", "15-KH/TU", "2.7", "--csv", followCsv.toString(), "--xlsx", followXlsx.toString());
        assertThat(follow.code()).as(follow.err()).isZero();
        assertThat(follow.out()).contains("15-KH/TU 2.7");
        assertThat(Files.readAllLines(followCsv).get(0)).contains("level,document,section,units,deadline,link_score,via,text");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(followXlsx))) {
            assertThat(wb.getSheet("Follow").getRow(1).getCell(1).getStringCellValue()).isEqualTo("15-KH/TU");
        }
        // the directive's text is absent: following one of its solutions follows the city plan's restatement
        Run directive = run("--data", data, "follow", "50-CT/TW", "2.7");
        assertThat(directive.code()).as(directive.err()).isZero();
        assertThat(directive.out()).contains("50-CT/TW is known only by citation").contains("15-KH/TU 2.7");
        Run units = run("--data", data, "units");
        assertThat(units.code()).as(units.err()).isZero();
        assertThat(units.out()).contains("Ban Tổ chức Thành ủy").contains("in: 15-KH/TU");
        java.nio.file.Path csv = tmp.resolve("check.csv");
        java.nio.file.Path xlsx = tmp.resolve("check.xlsx");
        Run check = run("--data", data, "check", "--as-of", "2026-06-30", "--csv", csv.toString(), "--xlsx", xlsx.toString());
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("OVERDUE");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).contains("kind,document,section,unit,text,evidence");
        assertThat(lines.size()).isGreaterThan(1);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(xlsx))) {
            assertThat(wb.getSheet("Findings").getLastRowNum()).isEqualTo(lines.size() - 1);
            assertThat(wb.getSheet("Units").getLastRowNum()).isPositive();
        }
    }

    @Test
    void trainNormalizer_fromIndex_learnsFromTheAccentedDocumentsIngested() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("office"));
        Files.copy(Path.of("corpus", "understand", "docs", "07-xa-chuyen-doi-so.txt"), in.resolve("office-plan.txt"));
        String data = tmp.resolve("data").toString();
        assertThat(run("--data", data, "ingest", in.toString()).code()).isZero();
        Run r = run("--data", data, "train", "normalizer", "--from-index", "--out", tmp.resolve("model").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("From the index: 1 accented documents joined the language model.");
        assertThat(tmp.resolve("model").resolve("MANIFEST.properties")).exists();
        // By default the held-out plans of the corpus's split stay out of the model it is measured with.
        String manifest = Files.readString(tmp.resolve("model").resolve("MANIFEST.properties"));
        assertThat(manifest).contains("07-xa-chuyen-doi-so.*");
        assertThat(manifest.lines().filter(l -> l.startsWith("lm.input"))).isNotEmpty()
                .noneMatch(l -> l.contains("corpus/understand/docs/07-"))
                .anyMatch(l -> l.contains("corpus/understand/docs/01-"));
    }

    @Test
    void extract_json_validatesAgainstTheSchema() throws Exception {
        Run r = run("extract", "--json", Fixtures.SEEDS.resolve("002_16dc449be3f50a1e.txt").toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/schema/extraction.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        JsonNode json = new ObjectMapper().readTree(r.out());
        Set<ValidationMessage> errors = schema.validate(json);
        assertThat(errors).isEmpty();
        assertThat(json.get("file").asText()).isEqualTo("002_16dc449be3f50a1e.txt");
    }
}
