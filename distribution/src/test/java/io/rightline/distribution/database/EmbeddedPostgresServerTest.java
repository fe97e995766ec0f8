package io.rightline.distribution.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Nested
    class Restart {
        @TempDir
        Path workDirectory;

        @Test
        void keeps_rows_written_before_the_server_stopped() throws SQLException {
            try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(workDirectory, 0)) {
                execute(first, "CREATE TABLE kept (id INT PRIMARY KEY, label TEXT NOT NULL)");
                execute(first, "INSERT INTO kept VALUES (7, 'survives restart')");
            }

            try (EmbeddedPostgresServer second = EmbeddedPostgresServer.start(workDirectory, 0)) {
                assertThat(queryLabel(second, 7)).isEqualTo("survives restart");
                assertThat(second.dataDirectory())
                        .isEqualTo(workDirectory.toAbsolutePath().resolve("postgres"));
            }
        }

        @Test
        void keeps_cluster_and_binaries_in_separate_folders_of_the_work_directory() {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(workDirectory, 0)) {
                assertThat(workDirectory.resolve("postgres/PG_VERSION")).exists();
                assertThat(workDirectory.resolve("pg-runtime")).isDirectory();
                assertThat(server.port()).isPositive();
                assertThat(server.jdbcUrl()).startsWith("jdbc:postgresql://localhost:" + server.port() + "/");
            }
            assertThat(Files.exists(workDirectory.resolve("postgres/postmaster.pid")))
                    .isFalse();
        }
    }

    private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String queryLabel(EmbeddedPostgresServer server, int id) throws SQLException {
        try (Connection connection = connect(server);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT label FROM kept WHERE id = " + id)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), EmbeddedPostgresServer.USER, "");
    }
}
