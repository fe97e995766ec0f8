package io.rightline.tax.taxnumber;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The VIES client against WireMock serving envelopes in the real service's format. */
class ViesClientTest {
    private static final String PATH = "/taxation_customs/vies/services/checkVatService";
    private WireMockServer server;
    private VatNumberService vies;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        vies = VatNumberService.vies(URI.create("http://127.0.0.1:" + server.port() + PATH), Duration.ofSeconds(5));
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void answer(int status, String body) {
        server.stubFor(post(urlEqualTo(PATH))
                .willReturn(aResponse()
                        .withStatus(status)
                        .withHeader("Content-Type", "text/xml;charset=UTF-8")
                        .withBody(body)));
    }

    private static String response(String country, String number, boolean valid, String name, String address) {
        return """
                <env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Header/><env:Body>\
                <ns2:checkVatResponse xmlns:ns2="urn:ec.europa.eu:taxud:vies:services:checkVat:types">\
                <ns2:countryCode>%s</ns2:countryCode><ns2:vatNumber>%s</ns2:vatNumber>\
                <ns2:requestDate>2026-11-23+01:00</ns2:requestDate><ns2:valid>%s</ns2:valid>\
                <ns2:name>%s</ns2:name><ns2:address>%s</ns2:address></ns2:checkVatResponse></env:Body></env:Envelope>""".formatted(country, number, valid, name, address);
    }

    private static String fault(String code) {
        return """
                <env:Envelope xmlns:env="http://schemas.xmlsoap.org/soap/envelope/"><env:Header/><env:Body>\
                <env:Fault><faultcode>env:Server</faultcode><faultstring>%s</faultstring></env:Fault>\
                </env:Body></env:Envelope>""".formatted(code);
    }

    @Nested
    class Check {
        @Test
        void sends_a_check_vat_envelope_with_country_code_and_number() {
            answer(200, response("DE", "136695976", true, "---", "---"));
            vies.check(TaxNumber.parse("DE136695976"));
            server.verify(postRequestedFor(urlEqualTo(PATH))
                    .withHeader("Content-Type", containing("text/xml"))
                    .withHeader("SOAPAction", equalTo(""))
                    .withRequestBody(containing("<urn:checkVat>"))
                    .withRequestBody(containing("<urn:countryCode>DE</urn:countryCode>"))
                    .withRequestBody(containing("<urn:vatNumber>136695976</urn:vatNumber>")));
        }

        @Test
        void uses_el_for_greece() {
            answer(200, response("EL", "094014201", true, "ACME AE", "ATHENS"));
            vies.check(TaxNumber.parse("EL094014201"));
            server.verify(postRequestedFor(urlEqualTo(PATH))
                    .withRequestBody(containing("<urn:countryCode>EL</urn:countryCode>")));
        }

        @Test
        void reads_a_valid_answer_with_name_and_address() {
            answer(200, response("FR", "40303265045", true, "SA SODIMAS", "11 RUE AMPERE\n26600 PONT DE L ISERE"));
            OnlineCheck check = vies.check(TaxNumber.parse("FR40303265045"));
            assertThat(check.status()).isEqualTo(OnlineStatus.VALID);
            assertThat(check.name()).contains("SA SODIMAS");
            assertThat(check.address()).hasValueSatisfying(a -> assertThat(a).contains("PONT DE L ISERE"));
            assertThat(check.requestDate()).contains("2026-11-23+01:00");
        }

        @Test
        void treats_undisclosed_name_as_absent() {
            answer(200, response("DE", "136695976", true, "---", "---"));
            OnlineCheck check = vies.check(TaxNumber.parse("DE136695976"));
            assertThat(check.status()).isEqualTo(OnlineStatus.VALID);
            assertThat(check.name()).isEmpty();
        }

        @Test
        void reads_an_invalid_answer() {
            answer(200, response("IT", "00743110157", false, "---", "---"));
            assertThat(vies.check(TaxNumber.parse("IT00743110157")).status()).isEqualTo(OnlineStatus.INVALID);
        }
    }

    @Nested
    class Faults {
        @Test
        void member_state_unavailable_is_a_retryable_result() {
            answer(500, fault("MS_UNAVAILABLE"));
            OnlineCheck check = vies.check(TaxNumber.parse("DE136695976"));
            assertThat(check.status()).isEqualTo(OnlineStatus.UNAVAILABLE);
            assertThat(check.fault()).contains("MS_UNAVAILABLE");
        }

        @Test
        void invalid_input_is_its_own_result() {
            answer(500, fault("INVALID_INPUT"));
            OnlineCheck check = vies.check(TaxNumber.parse("DE136695976"));
            assertThat(check.status()).isEqualTo(OnlineStatus.INVALID_INPUT);
            assertThat(check.fault()).contains("INVALID_INPUT");
        }

        @Test
        void concurrency_limits_are_retryable() {
            answer(500, fault("MS_MAX_CONCURRENT_REQ"));
            assertThat(vies.check(TaxNumber.parse("DE136695976")).status()).isEqualTo(OnlineStatus.UNAVAILABLE);
        }

        @Test
        void an_unreadable_body_is_unavailable_not_valid() {
            answer(502, "<html>Bad Gateway</html");
            assertThat(vies.check(TaxNumber.parse("DE136695976")).status()).isEqualTo(OnlineStatus.UNAVAILABLE);
        }

        @Test
        void a_refused_connection_is_unavailable() {
            int port = server.port();
            server.stop();
            VatNumberService down =
                    VatNumberService.vies(URI.create("http://127.0.0.1:" + port + PATH), Duration.ofSeconds(2));
            OnlineCheck check = down.check(TaxNumber.parse("DE136695976"));
            assertThat(check.status()).isEqualTo(OnlineStatus.UNAVAILABLE);
            assertThat(check.fault()).hasValueSatisfying(f -> assertThat(f).startsWith("NETWORK"));
        }
    }
}
