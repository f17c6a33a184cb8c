package vn.cascade.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
                .andExpect(status().isOk()).andExpect(content().string(containsString("50-CT/TW")));
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
                .andExpect(status().isOk()).andExpect(content().string(containsString("COMPLETED")));
    }

    @Test
    void leadingWildcardQuery_getsAClearMessage_notAStall() throws Exception {
        mvc.perform(get("/").param("q", "*thi").with(user("v").roles("VIEWER")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("no leading *")));
    }
}
