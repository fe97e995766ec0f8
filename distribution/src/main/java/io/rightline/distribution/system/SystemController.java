package io.rightline.distribution.system;

import io.rightline.distribution.database.DatabaseProperties;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.info.BuildProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Facts about the running server, and operator announcements. */
@RestController
@RequestMapping("/api/v1/system")
@Tag(name = "system", description = "The running server")
class SystemController {
    static final String IDEMPOTENCY_KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final DataSource dataSource;
    private final DatabaseProperties databaseProperties;
    private final ObjectProvider<BuildProperties> buildProperties;
    private final String ledgerBackend;
    private final MaintenanceNotices maintenanceNotices;

    SystemController(
            DataSource dataSource,
            DatabaseProperties databaseProperties,
            ObjectProvider<BuildProperties> buildProperties,
            @Value("${rightline.ledger.backend:embedded}") String ledgerBackend,
            MaintenanceNotices maintenanceNotices) {
        this.dataSource = dataSource;
        this.databaseProperties = databaseProperties;
        this.buildProperties = buildProperties;
        this.ledgerBackend = ledgerBackend;
        this.maintenanceNotices = maintenanceNotices;
    }

    @GetMapping
    @Operation(summary = "Version, ledger backend, database and data directory of this server")
    SystemInfo systemInfo() throws SQLException {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            DatabaseMetaData metaData = connection.getMetaData();
            BuildProperties build = buildProperties.getIfAvailable();
            return new SystemInfo(
                    build == null ? "unknown" : build.getVersion(),
                    ledgerBackend,
                    metaData.getDatabaseProductName(),
                    metaData.getDatabaseProductVersion(),
                    databaseProperties.dataDir().toAbsolutePath().normalize().toString());
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    @PostMapping("/maintenance-notices")
    @Operation(summary = "Announce a maintenance window (idempotent under the Idempotency-Key header)")
    ResponseEntity<MaintenanceNotice> announceMaintenance(
            @RequestHeader(IDEMPOTENCY_KEY_HEADER) String idempotencyKey,
            @Valid @RequestBody MaintenanceNoticeRequest request) {
        MaintenanceNotices.Announcement announcement = maintenanceNotices.announce(idempotencyKey, request);
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(REPLAYED_HEADER, String.valueOf(announcement.replayed()))
                .body(announcement.notice());
    }
}
