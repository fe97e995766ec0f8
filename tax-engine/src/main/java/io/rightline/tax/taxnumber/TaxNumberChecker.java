package io.rightline.tax.taxnumber;

import io.rightline.tax.CountryCode;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Produces the {@link TaxNumberCheck} a determination needs: offline validation first, then the
 * online registry only for EU member states and only for numbers that passed offline (a malformed
 * number never reaches VIES).
 *
 * <pre>{@code
 * TaxNumberChecker checker = new TaxNumberChecker(TaxNumberValidator.standard(), vies);
 * TaxNumberCheck check = checker.check(TaxNumber.parse("FR40303265045"));
 * }</pre>
 */
public final class TaxNumberChecker {
    /** Member states whose numbers VIES checks (Greece as GR, sent as EL). */
    public static final Set<CountryCode> VIES_COUNTRIES = Set.of(
                    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                    "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK")
            .stream()
            .map(CountryCode::of)
            .collect(Collectors.toUnmodifiableSet());

    private final TaxNumberValidator validator;
    private final VatNumberService registry;

    /**
     * A checker.
     *
     * @param validator offline rules
     * @param registry the online registry for EU numbers (VIES)
     */
    public TaxNumberChecker(TaxNumberValidator validator, VatNumberService registry) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Validates offline and, for a well-formed EU number, asks the registry. */
    public TaxNumberCheck check(TaxNumber number) {
        FormatVerdict format = validator.validate(number);
        if (!format.isValid() || !VIES_COUNTRIES.contains(number.country())) {
            return new TaxNumberCheck(number, format, OnlineCheck.notChecked());
        }
        return new TaxNumberCheck(number, format, registry.check(number));
    }
}
