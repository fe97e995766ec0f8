package io.rightline.distribution.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the server keeps its local state and how the embedded PostgreSQL listens.
 *
 * @param dataDir working folder ({@code rightline.data-dir}); PostgreSQL data goes to {@code <dataDir>/postgres}
 * @param postgres settings of the embedded PostgreSQL, used only when {@code spring.datasource.url} is unset
 */
@ConfigurationProperties(prefix = "rightline")
public record DatabaseProperties(
        @DefaultValue("./.data") Path dataDir, @DefaultValue Postgres postgres) {

    /**
     * @param port TCP port on 127.0.0.1; {@code 0} picks a free one
     * @param poolSize maximum JDBC connections held by the server
     */
    public record Postgres(
            @DefaultValue("54329") int port,
            @DefaultValue("10") int poolSize) {}
}
