package vn.cascade.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.cascade.batch.IngestRunner;
import vn.cascade.pipeline.CascadeConfig;
import vn.cascade.testutil.Fixtures;

/** Every page and role, over a real index and job repository built from the seeds. */
class WebPagesTest {

    static Path data;
    static ConfigurableApplicationContext app;
    static MockMvc mvc;

    @BeforeAll
    static void start() throws Exception {
        data = Files.createTempDirectory("cascade-web");
        Path in = Files.createDirectories(data.resolve("in"));
        for (Path seed : List.of(Fixtures.SEEDS.resolve("000_a512d540e7e72e41.txt"), Fixtures.SEEDS.resolve("002_16dc449be3f50a1e.txt"),
                Fixtures.SEEDS.resolve("004_650fb64d13caf8aa.txt"))) {
            Files.copy(seed, in.resolve(seed.getFileName()));
        }
        // A document that carries markup: it must show as text.
        Files.writeString(in.resolve("markup.txt"), "Kế hoạch <script>alert('x')</script> thực hiện Chỉ thị số 50-CT/TW. "
                + Files.readString(Fixtures.SEEDS.resolve("002_16dc449be3f50a1e.txt")).substring(0, 2000), StandardCharsets.UTF_8);
        // One scanned page (OCR'd by the batch), so the document page shows the image beside the text.
        Files.copy(Path.of("corpus", "scans", "002-sample-p1.png"), in.resolve("002-sample-p1.png"));
        CascadeConfig config = CascadeConfig.standard().withInputs(List.of(in)).withDataDir(data.resolve("data")).withThreads(1);
        IngestRunner.run(config, null);
        app = WebApplication.start(config, "127.0.0.1", 0);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void signIn_withTheConfiguredHashedPassword_works_andPagesNeedIt() throws Exception {
        mvc.perform(formLogin("/login").user("viewer").password("viewer")).andExpect(authenticated());
        mvc.perform(get("/")).andExpect(status().is3xxRedirection());
    }

    @Test
    void viewer_searchesWithoutAccents_andSeesMarkedSnippets() throws Exception {
        mvc.perform(get("/").param("q", "chi thi 50").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<mark>Chỉ</mark>")))
                .andExpect(content().string(containsString("002_16dc449be3f50a1e.txt")));
    }

    @Test
    void viewer_filtersByUnitAndOverdue() throws Exception {
        mvc.perform(get("/").param("q", "chi thi 50").param("unit", "Ban Tổ chức Thành ủy").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("002_16dc449be3f50a1e.txt")))
                .andExpect(content().string(not(containsString("004_650fb64d13caf8aa.txt"))));
        mvc.perform(get("/").param("q", "chi thi 50").param("from", "2025-10-10").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("004_650fb64d13caf8aa.txt")))
                .andExpect(content().string(not(containsString("000_a512d540e7e72e41.txt"))));
    }

    @Test
    void viewer_opensADocument_markupShowsAsText() throws Exception {
        mvc.perform(get("/doc/markup.txt").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void viewer_seesTheTree_butNotComplianceOrStatus() throws Exception {
        mvc.perform(get("/trace").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("50-CT/TW")))
                // the directive's text is absent: its solutions as the city plan restates them, each to follow
                .andExpect(content().string(containsString("Giải pháp, suy ra từ 15-KH/TU")));
        mvc.perform(get("/compliance").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/status").with(user("v").roles("VIEWER"))).andExpect(status().isForbidden());
    }

    @Test
    void analyst_runsCompliance_andDownloadsTheCsv_butNotStatus() throws Exception {
        var analyst = user("a").roles("ANALYST");
        mvc.perform(get("/compliance").param("asOf", "2026-06-30").with(analyst))
                .andExpect(status().isOk()).andExpect(content().string(containsString("OVERDUE")));
        mvc.perform(get("/compliance/findings.csv").param("asOf", "2026-06-30").with(analyst))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("compliance-2026-06-30.csv")))
                .andExpect(content().string(containsString("kind,document,section,unit,text,evidence")));
        mvc.perform(get("/status").with(analyst)).andExpect(status().isForbidden());
    }

    @Test
    void admin_seesRunsAndQuarantine() throws Exception {
        mvc.perform(get("/status").with(user("x").roles("ADMIN")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("COMPLETED")))
                // the first run read the five files and indexed them all
                .andExpect(content().string(containsString("<td>COMPLETED</td><td>5</td><td>5</td><td>0</td>")));
    }

    @Test
    void leadingWildcardQuery_getsAClearMessage_notAStall() throws Exception {
        mvc.perform(get("/").param("q", "*thi").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("no leading *")));
    }

    @Test
    void viewer_filtersByLevel_andSeesLevelFacets() throws Exception {
        var viewer = user("v").roles("VIEWER");
        mvc.perform(get("/").param("q", "chi thi 50").param("level", "province").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("002_16dc449be3f50a1e.txt")))
                .andExpect(content().string(not(containsString("000_a512d540e7e72e41.txt"))))
                .andExpect(content().string(containsString("Tỉnh, thành phố")));
        mvc.perform(get("/").param("q", "chi thi 50").param("level", "commune").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("000_a512d540e7e72e41.txt")))
                .andExpect(content().string(not(containsString("002_16dc449be3f50a1e.txt"))));
        mvc.perform(get("/").param("q", "chi thi 50").param("from", "not-a-date").with(viewer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Ngày không hợp lệ")));
    }

    @Test
    void viewer_seesADocumentsPlaceCitationsSectionsAndRestorations() throws Exception {
        mvc.perform(get("/doc/000_a512d540e7e72e41.txt").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                // its parent in the tree is the city plan, ingested without printing its number (seed 002)
                .andExpect(content().string(containsString("15-KH/TU")))
                .andExpect(content().string(containsString("chỉ biết qua trích dẫn")))
                .andExpect(content().string(containsString("id=\"sections\"")))
                .andExpect(content().string(containsString("/follow?doc=")))
                .andExpect(content().string(containsString("class=\"fixed\" title=\"OCR: ")));
    }

    @Test
    void viewer_seesTheScanBesideTheRestoredText() throws Exception {
        var viewer = user("v").roles("VIEWER");
        mvc.perform(get("/doc/002-sample-p1.png").with(viewer))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/page/1")))
                .andExpect(content().string(containsString("bản quét")));
        String id;
        try (var s = vn.cascade.index.DocumentSearcher.open(data.resolve("data")).orElseThrow()) {
            id = s.get("002-sample-p1.png").orElseThrow().id();
        }
        byte[] png = mvc.perform(get("/doc/" + id + "/page/1").with(viewer))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "image/png"))
                .andReturn().getResponse().getContentAsByteArray();
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        org.assertj.core.api.Assertions.assertThat(image.getWidth()).isEqualTo(1000);
        mvc.perform(get("/doc/" + id + "/page/2").with(viewer)).andExpect(status().isNotFound());
    }

    @Test
    void viewer_followsATaskDown_butOnlyAnAnalystDownloadsTheChain() throws Exception {
        String doc;
        String section;
        try (var s = vn.cascade.index.DocumentSearcher.open(data.resolve("data")).orElseThrow()) {
            doc = s.get("002_16dc449be3f50a1e.txt").orElseThrow().id();
            section = s.tasksOf(doc).stream().map(vn.cascade.index.IndexedTask::section)
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        }
        mvc.perform(get("/follow").param("doc", doc).param("section", section).with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"chain\"")))
                .andExpect(content().string(containsString("15-KH/TU")))
                .andExpect(content().string(not(containsString("follow-csv"))));
        mvc.perform(get("/export/follow.csv").param("doc", doc).param("section", section).with(user("v").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/export/follow.csv").param("doc", doc).param("section", section).with(user("a").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("level,document,section,units,deadline,link_score,via,text")))
                .andExpect(content().string(containsString("15-KH/TU")));
    }

    @Test
    void navigation_showsEachRoleOnlyWhatItMayOpen() throws Exception {
        mvc.perform(get("/trace").with(user("v").roles("VIEWER")))
                .andExpect(content().string(not(containsString("href=\"/compliance\""))))
                .andExpect(content().string(not(containsString("href=\"/status\""))));
        mvc.perform(get("/trace").with(user("a").roles("ANALYST")))
                .andExpect(content().string(containsString("href=\"/compliance\"")))
                .andExpect(content().string(not(containsString("href=\"/status\""))));
        mvc.perform(get("/trace").with(user("x").roles("ADMIN")))
                .andExpect(content().string(containsString("href=\"/compliance\"")))
                .andExpect(content().string(containsString("href=\"/status\"")));
    }

    @Test
    void analyst_downloadsTheWorkbook() throws Exception {
        byte[] xlsx = mvc.perform(get("/compliance/findings.xlsx").param("asOf", "2026-06-30").with(user("a").roles("ANALYST")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("compliance-2026-06-30.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            org.assertj.core.api.Assertions.assertThat(wb.getSheet("Findings").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("kind");
            org.assertj.core.api.Assertions.assertThat(wb.getSheet("Findings").getLastRowNum()).isPositive();
            org.assertj.core.api.Assertions.assertThat(wb.getSheet("Units")).isNotNull();
        }
    }

    @Test
    void admin_startsABatch_othersMayNot() throws Exception {
        mvc.perform(post("/status/ingest").with(csrf()).with(user("a").roles("ANALYST"))).andExpect(status().isForbidden());
        mvc.perform(post("/status/ingest").with(user("x").roles("ADMIN"))).andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/status/ingest").with(csrf()).with(user("x").roles("ADMIN")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("Đã bắt đầu")));
        String page = "";
        for (int i = 0; i < 120 && !page.contains("id=\"outcome\""); i++) {
            Thread.sleep(500);
            page = mvc.perform(get("/status").with(user("x").roles("ADMIN"))).andReturn().getResponse().getContentAsString();
        }
        // Nothing changed since the first ingest: the run completes with nothing new.
        org.assertj.core.api.Assertions.assertThat(page).contains("COMPLETED").contains("0 tệp mới/đổi");
    }

    /** Every page against every role: what each may open, and the sign-in page for nobody. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
            "/?q=chi+thi+50, 200, 200, 200",
            "/doc/002_16dc449be3f50a1e.txt, 200, 200, 200",
            "/trace, 200, 200, 200",
            "/units, 200, 200, 200",
            "/follow?doc=15-KH/TU&section=2.7, 200, 200, 200",
            "/export/follow.csv?doc=15-KH/TU&section=2.7, 403, 200, 200",
            "/export/follow.xlsx?doc=15-KH/TU&section=2.7, 403, 200, 200",
            "/compliance?asOf=2026-06-30, 403, 200, 200",
            "/compliance/findings.csv, 403, 200, 200",
            "/compliance/findings.xlsx, 403, 200, 200",
            "/status, 403, 403, 200"})
    void roleMatrix(String url, int viewer, int analyst, int admin) throws Exception {
        int[] expected = {viewer, analyst, admin};
        String[] roles = {"VIEWER", "ANALYST", "ADMIN"};
        for (int i = 0; i < roles.length; i++) {
            mvc.perform(get(url).with(user("u").roles(roles[i]))).andExpect(status().is(expected[i]));
        }
        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(header().string("Location",
                org.hamcrest.Matchers.endsWith("/login")));
    }

    @Test
    void viewer_seesTheUnitRegistry() throws Exception {
        mvc.perform(get("/units").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ban Tổ chức Thành ủy")))
                .andExpect(content().string(containsString("15-KH/TU")));
    }
}
