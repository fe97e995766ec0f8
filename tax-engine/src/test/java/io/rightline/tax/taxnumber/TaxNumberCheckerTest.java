package io.rightline.tax.taxnumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TaxNumberCheckerTest {
    /** An in-memory registry that records what it was asked and confirms every number. */
    static final class RecordingRegistry implements VatNumberService {
        final List<TaxNumber> asked = new ArrayList<>();

        @Override
        public OnlineCheck check(TaxNumber number) {
            asked.add(number);
            return new OnlineCheck(
                    OnlineStatus.VALID,
                    Optional.of("ACME"),
                    Optional.empty(),
                    Optional.of("2026-11-23"),
                    Optional.empty());
        }
    }

    private final RecordingRegistry registry = new RecordingRegistry();
    private final TaxNumberChecker checker = new TaxNumberChecker(TaxNumberValidator.standard(), registry);

    @Nested
    class Check {
        @Test
        void asks_the_registry_for_a_well_formed_eu_number() {
            TaxNumberCheck check = checker.check(TaxNumber.parse("FR40303265045"));
            assertThat(registry.asked).containsExactly(TaxNumber.parse("FR40303265045"));
            assertThat(check.online().status()).isEqualTo(OnlineStatus.VALID);
            assertThat(check.confirms(true)).isTrue();
        }

        @Test
        void never_sends_a_number_with_a_bad_check_digit() {
            TaxNumberCheck check = checker.check(TaxNumber.parse("FR41303265045"));
            assertThat(registry.asked).isEmpty();
            assertThat(check.format()).isEqualTo(FormatVerdict.INVALID_CHECK_DIGIT);
            assertThat(check.confirms(true)).isFalse();
        }

        @Test
        void does_not_ask_vies_about_numbers_outside_the_eu() {
            TaxNumberCheck check = checker.check(TaxNumber.parse("GB980780684"));
            assertThat(registry.asked).isEmpty();
            assertThat(check.online().status()).isEqualTo(OnlineStatus.NOT_CHECKED);
            assertThat(check.confirms(false)).isTrue();
        }
    }
}
