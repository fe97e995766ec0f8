package io.rightline.distribution.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The embedded OAuth2 / OpenID Connect issuer (Spring Authorization Server), on unless
 * {@code rightline.identity.issuer-uri} points at an external one.
 *
 * <p>It knows the {@link DemoUsers}: each can log in with a password (authorization code flow with
 * PKCE through the public client {@value #CONSOLE_CLIENT_ID}) or obtain a token directly with
 * {@code client_credentials} as client {@code demo-<username>}. Either way the token's {@code sub} is
 * the user id and it carries the {@code roles} and {@code party_id} claims. The signing key is
 * generated at start, so tokens do not survive a restart.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ExternalIssuerCondition.Embedded.class)
class EmbeddedIssuerConfiguration {
    /** Public client for people logging in through a browser (for example the OpenAPI page). */
    static final String CONSOLE_CLIENT_ID = "rightline-console";

    /** Scope every token for this API carries. */
    static final String API_SCOPE = "api";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedIssuerConfiguration.class);
    private static final Duration ACCESS_TOKEN_TTL = Duration.ofMinutes(30);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(Customizer.withDefaults());
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    /** The login form used by the authorization code flow. */
    @Bean
    @Order(2)
    SecurityFilterChain loginChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.embedded().issuer())
                .build();
    }

    @Bean
    UserDetailsService demoUserDetails() {
        List<UserDetails> users = new ArrayList<>();
        for (DemoUser user : DemoUsers.ALL) {
            users.add(User.withUsername(user.username())
                    .password("{noop}" + user.password())
                    .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                    .build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (DemoUser user : DemoUsers.ALL) {
            clients.add(RegisteredClient.withId(user.clientId())
                    .clientId(user.clientId())
                    .clientSecret("{noop}" + user.password())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scope(API_SCOPE)
                    .tokenSettings(tokenSettings())
                    .build());
        }
        clients.add(RegisteredClient.withId(CONSOLE_CLIENT_ID)
                .clientId(CONSOLE_CLIENT_ID)
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(properties.embedded().issuer() + "/swagger-ui/oauth2-redirect.html")
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(API_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** Puts the user id, roles and party of the demo user into every token minted for them. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> demoUserClaims() {
        return context -> DemoUsers.byUsernameOrClientId(context.getPrincipal().getName())
                .ifPresent(user -> context.getClaims()
                        .subject(user.userId())
                        .claim(IdentityClaims.USERNAME, user.username())
                        .claim(IdentityClaims.PARTY_ID, user.partyId())
                        .claim(
                                IdentityClaims.ROLES,
                                user.roles().stream()
                                        .map(Role::claimValue)
                                        .sorted()
                                        .toList()));
    }

    @Bean
    RSAKey issuerSigningKey() throws JOSEException {
        RSAKey key =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        log.info("embedded issuer signing key generated kid={}", key.getKeyID());
        return key;
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey issuerSigningKey) {
        return new ImmutableJWKSet<>(new JWKSet(issuerSigningKey));
    }

    /** Accepts only tokens signed by this issuer's key and naming it as {@code iss}. */
    @Bean
    JwtDecoder jwtDecoder(RSAKey issuerSigningKey, IdentityProperties properties) throws JOSEException {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(issuerSigningKey.toRSAPublicKey())
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(properties.embedded().issuer()));
        return decoder;
    }

    private static TokenSettings tokenSettings() {
        return TokenSettings.builder().accessTokenTimeToLive(ACCESS_TOKEN_TTL).build();
    }
}
