package io.rightline.distribution.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

class ExternalIssuerConfigurationTest {
    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(Properties.class, ExternalIssuerConfiguration.class);

    @Nested
    class WithIssuerUri {
        @Test
        void starts_while_the_issuer_is_unreachable_and_reports_it_unavailable_on_first_use() {
            runner.withPropertyValues("rightline.identity.issuer-uri=http://127.0.0.1:9/realms/rightline")
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        JwtDecoder decoder = context.getBean(JwtDecoder.class);
                        assertThatThrownBy(() -> decoder.decode("a.b.c"))
                                .isInstanceOf(JwtException.class)
                                .isNotInstanceOf(BadJwtException.class)
                                .hasMessageContaining("unavailable");
                    });
        }
    }

    @Nested
    class WithoutIssuerUri {
        @Test
        void stays_off_so_the_embedded_issuer_decides() {
            runner.withPropertyValues("rightline.identity.issuer-uri=").run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context).doesNotHaveBean(JwtDecoder.class);
            });
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(IdentityProperties.class)
    static class Properties {}
}
