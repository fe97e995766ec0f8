package io.rightline.tax.taxnumber;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * An online registry of VAT numbers.
 *
 * <pre>{@code
 * VatNumberService vies = VatNumberService.vies(VatNumberService.VIES_ENDPOINT, Duration.ofSeconds(5));
 * OnlineCheck check = vies.check(TaxNumber.parse("DE136695976"));
 * }</pre>
 */
public interface VatNumberService {

    /** The European Commission's SOAP endpoint of {@code checkVatService}. */
    URI VIES_ENDPOINT = URI.create("https://ec.europa.eu/taxation_customs/vies/services/checkVatService");

    /** Checks a number; registry faults and network failures are results, not exceptions. */
    OnlineCheck check(TaxNumber number);

    /**
     * A client of the VIES SOAP service ({@code checkVat} with {@code countryCode} and {@code
     * vatNumber}).
     *
     * @param endpoint the service URL ({@link #VIES_ENDPOINT} in production)
     * @param timeout per-request timeout
     */
    static VatNumberService vies(URI endpoint, Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        return new ViesClient(client, endpoint, timeout);
    }
}
