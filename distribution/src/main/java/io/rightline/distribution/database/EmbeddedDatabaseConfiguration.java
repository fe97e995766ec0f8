package io.rightline.distribution.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded PostgreSQL and exposes it as the application's {@link DataSource} when no
 * {@code spring.datasource.url} is configured; Flyway, jOOQ and the health check all use this bean.
 * With a URL configured this class is skipped and Spring Boot builds the pool for that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatasourceUrlCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgresServer embeddedPostgresServer(DatabaseProperties properties) {
        return EmbeddedPostgresServer.start(
                properties.dataDir(), properties.postgres().port());
    }

    /** Depends on the server bean, so the pool is closed before the server stops. */
    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(EmbeddedPostgresServer server, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("rightline-embedded");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(EmbeddedPostgresServer.USER);
        config.setMaximumPoolSize(properties.postgres().poolSize());
        return new HikariDataSource(config);
    }
}
