package io.rightline.distribution.system;

import io.rightline.distribution.database.DatabaseProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Logs where the server can be reached once its HTTP port is open. */
@Component
final class ReadyLog implements ApplicationListener<WebServerInitializedEvent> {
    private static final Logger log = LoggerFactory.getLogger(ReadyLog.class);

    private final DatabaseProperties databaseProperties;
    private final String address;
    private final String externalIssuer;

    ReadyLog(
            DatabaseProperties databaseProperties,
            @Value("${server.address:127.0.0.1}") String address,
            @Value("${rightline.identity.issuer-uri:}") String externalIssuer) {
        this.databaseProperties = databaseProperties;
        this.address = address;
        this.externalIssuer = externalIssuer;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String base = "http://" + address + ":" + event.getWebServer().getPort();
        String issuer = externalIssuer.isBlank() ? base + " (embedded, demo users)" : externalIssuer;
        log.info(
                "Rightline distribution ready api={}/api/v1 openapiUi={}/swagger-ui.html openapiJson={}/v3/api-docs"
                        + " health={}/actuator/health issuer={} dataDir={}",
                base,
                base,
                base,
                base,
                issuer,
                databaseProperties.dataDir().toAbsolutePath().normalize());
    }
}
