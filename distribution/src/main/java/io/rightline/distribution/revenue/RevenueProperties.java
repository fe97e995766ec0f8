package io.rightline.distribution.revenue;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Revenue webhook settings ({@code rightline.revenue.*}).
 *
 * @param webhookSecrets shared HMAC secret per provider name; a provider without a secret is refused
 * @param signatureTolerance largest accepted distance between the signed timestamp and the server clock
 */
@ConfigurationProperties(prefix = "rightline.revenue")
public record RevenueProperties(
        Map<String, String> webhookSecrets,
        @DefaultValue("PT5M") Duration signatureTolerance) {

    public RevenueProperties {
        webhookSecrets = webhookSecrets == null ? Map.of() : Map.copyOf(webhookSecrets);
    }
}
