package io.rightline.distribution.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedDatabaseConfigurationTest {
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class, EmbeddedDatabaseConfiguration.class)
            .withPropertyValues("rightline.postgres.port=0", "rightline.postgres.pool-size=2");

    @TempDir
    Path dataDirectory;

    @Nested
    class WithDatasourceUrl {
        @Test
        void does_not_start_the_embedded_postgres() {
            runner.withPropertyValues(
                            "spring.datasource.url=jdbc:postgresql://db.example:5432/rightline",
                            "rightline.data-dir=" + dataDirectory)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).doesNotHaveBean(EmbeddedPostgresServer.class);
                        assertThat(context).doesNotHaveBean(DataSource.class);
                    });
            assertThat(dataDirectory.resolve("postgres")).doesNotExist();
        }
    }

    @Nested
    class WithoutDatasourceUrl {
        @Test
        void serves_the_data_source_from_the_embedded_postgres_and_stops_it_on_close() {
            runner.withPropertyValues("spring.datasource.url=", "rightline.data-dir=" + dataDirectory)
                    .run(context -> {
                        assertThat(context).hasSingleBean(EmbeddedPostgresServer.class);
                        Integer answer = new JdbcTemplate(context.getBean(DataSource.class))
                                .queryForObject("SELECT 6 * 7", Integer.class);
                        assertThat(answer).isEqualTo(42);
                        assertThat(dataDirectory.resolve("postgres/postmaster.pid"))
                                .exists();
                    });
            assertThat(dataDirectory.resolve("postgres/postmaster.pid")).doesNotExist();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(DatabaseProperties.class)
    static class Properties {}
}
