package io.rightline.distribution.system;

/**
 * What this server is and what it runs on.
 *
 * @param version the server's build version
 * @param ledgerBackend the ledger backend in use: {@code embedded} or {@code fabric}
 * @param databaseProduct database product name as reported by the JDBC driver
 * @param databaseVersion database server version
 * @param dataDirectory absolute path of the working folder ({@code rightline.data-dir})
 */
public record SystemInfo(
        String version, String ledgerBackend, String databaseProduct, String databaseVersion, String dataDirectory) {}
