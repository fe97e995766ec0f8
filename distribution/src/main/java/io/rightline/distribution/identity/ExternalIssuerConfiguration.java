package io.rightline.distribution.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;

/**
 * Trusts an external OpenID Connect issuer (a Keycloak realm) named by
 * {@code rightline.identity.issuer-uri}. Its discovery document is read on the first request, so the
 * server starts even while the issuer is still coming up; until it answers, API calls with a token get
 * {@code 503 IDENTITY_PROVIDER_UNAVAILABLE}.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalIssuerCondition.class)
class ExternalIssuerConfiguration {
    @Bean
    JwtDecoder jwtDecoder(IdentityProperties properties) {
        String issuer = properties.issuerUri();
        JwtDecoder lazy = new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
        return token -> {
            try {
                return lazy.decode(token);
            } catch (JwtDecoderInitializationException e) {
                // A JwtException that is not a BadJwtException reaches the API as 503, not as a bad token.
                throw new JwtException("the identity provider " + issuer + " is unavailable", e);
            }
        };
    }
}
