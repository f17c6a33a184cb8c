package vn.cascade.web;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;

import vn.cascade.batch.IngestRunner;
import vn.cascade.pipeline.CascadeConfig;

/**
 * The office's web page over the same data folder as the command line: search, documents, the
 * trace, compliance and the batch status, behind a sign-in. A thin Spring MVC layer over the
 * index and the trace; no stage logic lives here.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = WebApplication.class)
public class WebApplication {

    /**
     * Starts the web server.
     *
     * @param address the address to bind (127.0.0.1 unless the operator opens it up)
     */
    public static ConfigurableApplicationContext start(CascadeConfig config, String address, int port) {
        Map<String, Object> props = new HashMap<>();
        props.put("server.address", address);
        props.put("server.port", port);
        props.put("spring.datasource.url", IngestRunner.jdbcUrl(config));
        props.put("spring.datasource.username", "sa");
        props.put("spring.datasource.password", "");
        props.put("spring.batch.job.enabled", "false");
        props.put("spring.batch.jdbc.initialize-schema", "always");
        props.put("spring.main.banner-mode", "off");
        props.put("cascade.web.users", config.webUsers());
        props.put("logging.level.root", "WARN");
        props.put("logging.level.vn.cascade", "INFO");
        return new SpringApplicationBuilder(WebApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("cascadeConfig", config))
                .properties(props)
                .run();
    }
}
