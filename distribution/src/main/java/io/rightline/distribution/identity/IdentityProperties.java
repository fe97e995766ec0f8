package io.rightline.distribution.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who issues the tokens this server accepts.
 *
 * @param issuerUri an external OpenID Connect issuer (a Keycloak realm URL); when set, the embedded
 *     issuer is off and tokens are checked against that issuer's published keys
 * @param embedded settings of the embedded issuer
 */
@ConfigurationProperties(prefix = "rightline.identity")
public record IdentityProperties(
        String issuerUri, @DefaultValue Embedded embedded) {

    /** @param issuer the {@code iss} of tokens minted by the embedded issuer, and its base URL */
    public record Embedded(
            @DefaultValue("http://127.0.0.1:8080") String issuer) {}

    /** True when tokens come from an external issuer. */
    public boolean external() {
        return issuerUri != null && !issuerUri.isBlank();
    }
}
