package io.rightline.distribution.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API is an OAuth2 resource server: {@code /api/**} needs a bearer JWT from the configured issuer,
 * whose {@code roles} claim becomes the caller's authorities. Health, the OpenAPI description and its
 * page stay public. Whichever issuer is in use supplies the {@code JwtDecoder}.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    ProblemWritingSecurityHandler problemWritingSecurityHandler(JsonMapper json) {
        return new ProblemWritingSecurityHandler(json);
    }

    @Bean
    @Order(3)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemWritingSecurityHandler problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/system/maintenance-notices")
                                .hasRole(Role.ADMIN.name())
                                .anyRequest()
                                .authenticated())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesClaimConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .withObjectPostProcessor(failuresAsProblems(problems)))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Everything outside the API and the issuer: health, OpenAPI, the swagger page, unknown routes. */
    @Bean
    @Order(10)
    SecurityFilterChain publicChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }

    /** Also token failures the filter would otherwise rethrow (issuer unreachable) become problems. */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failuresAsProblems(
            ProblemWritingSecurityHandler problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(problems::commence);
                return filter;
            }
        };
    }

    static JwtAuthenticationConverter rolesClaimConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ApiSecurityConfiguration::authorities);
        return converter;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    /** The known roles in the token's {@code roles} claim; unknown values are ignored. */
    static List<Role> roles(Jwt jwt) {
        List<String> claimed = Optional.ofNullable(jwt.getClaimAsStringList(IdentityClaims.ROLES))
                .orElse(List.of());
        return claimed.stream().map(Role::fromClaim).flatMap(Optional::stream).toList();
    }
}
