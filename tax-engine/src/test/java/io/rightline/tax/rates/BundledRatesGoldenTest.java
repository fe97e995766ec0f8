package io.rightline.tax.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.ProductClass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden values: known rates on known dates, one or more per jurisdiction, as published by the
 * sources cited in the data files.
 */
class BundledRatesGoldenTest {
    private final RateTable rates = RateTable.bundled();

    private BigDecimal total(String jurisdiction, String productClass, String date) {
        AppliedRates applied =
                rates.lookup(Jurisdiction.of(jurisdiction), ProductClass.parse(productClass), LocalDate.parse(date));
        return BigDecimal.valueOf(applied.totalPpm(), 4).stripTrailingZeros();
    }

    @Nested
    class Standard_rates_on_video {
        @ParameterizedTest(name = "{0} on {1} is {2}%")
        @CsvSource({
            "AT,2026-06-01,20", "BE,2026-06-01,21", "BG,2026-06-01,20", "CY,2026-06-01,19", "CZ,2026-06-01,21",
            "DE,2026-06-01,19", "DK,2026-06-01,25", "EE,2026-06-01,24", "ES,2026-06-01,21", "FI,2026-06-01,25.5",
            "FR,2026-06-01,20", "GR,2026-06-01,24", "HR,2026-06-01,25", "HU,2026-06-01,27", "IE,2026-06-01,23",
            "IT,2026-06-01,22", "LT,2026-06-01,21", "LU,2026-06-01,17", "LV,2026-06-01,21", "MT,2026-06-01,18",
            "NL,2026-06-01,21", "PL,2026-06-01,23", "PT,2026-06-01,23", "RO,2026-06-01,21", "SE,2026-06-01,25",
            "SI,2026-06-01,22", "SK,2026-06-01,23", "GB,2026-06-01,20", "NO,2026-06-01,25", "CH,2026-06-01,8.1",
            "AU,2026-06-01,10", "NZ,2026-06-01,15", "SG,2026-06-01,9", "JP,2026-06-01,10", "KR,2026-06-01,10",
            "IN,2026-06-01,18"
        })
        void matches_the_published_rate(String jurisdiction, String date, BigDecimal expected) {
            assertThat(total(jurisdiction, "VIDEO", date)).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class Historic_changes {
        @ParameterizedTest(name = "{0} {1} on {2} is {3}%")
        @CsvSource({
            "DE,MUSIC,2020-06-30,19",
            "DE,MUSIC,2020-07-01,16",
            "DE,MUSIC,2020-12-31,16",
            "DE,MUSIC,2021-01-01,19",
            "DE,EBOOK,2019-12-17,19",
            "DE,EBOOK,2019-12-18,7",
            "DE,EBOOK,2020-07-01,5",
            "DE,EBOOK,2021-01-01,7",
            "EE,GAME,2023-12-31,20",
            "EE,GAME,2024-01-01,22",
            "EE,GAME,2025-06-30,22",
            "EE,GAME,2025-07-01,24",
            "FI,VIDEO,2024-08-31,24",
            "FI,VIDEO,2024-09-01,25.5",
            "IE,VIDEO,2020-08-31,23",
            "IE,VIDEO,2020-09-01,21",
            "IE,VIDEO,2021-02-28,21",
            "IE,VIDEO,2021-03-01,23",
            "LU,VIDEO,2023-06-01,16",
            "LU,VIDEO,2024-01-01,17",
            "RO,VIDEO,2025-07-31,19",
            "RO,VIDEO,2025-08-01,21",
            "SK,VIDEO,2024-12-31,20",
            "SK,VIDEO,2025-01-01,23",
            "CH,VIDEO,2023-12-31,7.7",
            "CH,VIDEO,2024-01-01,8.1",
            "SG,VIDEO,2022-12-31,7",
            "SG,VIDEO,2023-01-01,8",
            "SG,VIDEO,2024-01-01,9",
            "CA-NS,VIDEO,2025-03-31,15",
            "CA-NS,VIDEO,2025-04-01,14"
        })
        void switch_on_the_effective_date(String jurisdiction, String productClass, String date, BigDecimal expected) {
            assertThat(total(jurisdiction, productClass, date)).isEqualByComparingTo(expected);
        }
    }

    @Nested
    class E_publications {
        @ParameterizedTest(name = "{0} e-book on {1} is {2}% ({3})")
        @CsvSource({
            "DE,2026-06-01,7,REDUCED",
            "FR,2026-06-01,5.5,REDUCED",
            "IE,2026-06-01,0,ZERO",
            "SE,2026-06-01,6,REDUCED",
            "NL,2026-06-01,9,REDUCED",
            "ES,2026-06-01,4,SUPER_REDUCED",
            "IT,2026-06-01,4,SUPER_REDUCED",
            "LU,2026-06-01,3,SUPER_REDUCED",
            "AT,2026-06-01,10,REDUCED",
            "PL,2026-06-01,5,REDUCED",
            "PT,2026-06-01,6,REDUCED",
            "CZ,2026-06-01,0,ZERO",
            "CZ,2023-06-01,10,REDUCED",
            "DK,2026-06-01,25,STANDARD",
            "GB,2026-06-01,0,ZERO",
            "NO,2026-06-01,0,ZERO",
            "CH,2026-06-01,2.6,REDUCED",
            "KR,2026-06-01,0,EXEMPT",
            "IN,2026-06-01,5,REDUCED"
        })
        void use_the_reduced_or_zero_rate_the_law_allows(
                String jurisdiction, String date, BigDecimal expected, RateType type) {
            AppliedRates applied =
                    rates.lookup(Jurisdiction.of(jurisdiction), ProductClass.EBOOK, LocalDate.parse(date));
            assertThat(BigDecimal.valueOf(applied.totalPpm(), 4)).isEqualByComparingTo(expected);
            assertThat(applied.components())
                    .singleElement()
                    .extracting(RateEntry::rateType)
                    .isEqualTo(type);
        }

        @Test
        void uk_audiobooks_stay_standard_rated_while_e_books_are_zero_rated() {
            LocalDate date = LocalDate.of(2026, 6, 1);
            assertThat(rates.lookup(Jurisdiction.of("GB"), ProductClass.AUDIOBOOK, date)
                            .totalPpm())
                    .isEqualTo(200_000);
            assertThat(rates.lookup(Jurisdiction.of("GB"), ProductClass.EBOOK, date)
                            .totalPpm())
                    .isZero();
        }
    }

    @Nested
    class North_america {
        @ParameterizedTest(name = "{0} on {1} totals {2}%")
        @CsvSource({
            "CA-AB,2026-06-01,5", "CA-BC,2026-06-01,5", "CA-MB,2026-06-01,5", "CA-SK,2026-06-01,5",
            "CA-NT,2026-06-01,5", "CA-NU,2026-06-01,5", "CA-YT,2026-06-01,5", "CA-ON,2026-06-01,13",
            "CA-NB,2026-06-01,15", "CA-NL,2026-06-01,15", "CA-PE,2026-06-01,15", "CA-NS,2026-06-01,14",
            "CA-QC,2026-06-01,14.975", "US-WA,2026-06-01,6.5", "US-PA,2026-06-01,6", "US-CA,2026-06-01,0",
            "US-OR,2026-06-01,0", "US-DE,2026-06-01,0", "US-MT,2026-06-01,0", "US-NH,2026-06-01,0"
        })
        void matches_the_published_rate(String jurisdiction, String date, BigDecimal expected) {
            assertThat(total(jurisdiction, "MUSIC", date)).isEqualByComparingTo(expected);
        }

        @Test
        void quebec_charges_gst_and_qst_as_separate_components() {
            AppliedRates applied = rates.lookup(Jurisdiction.of("CA-QC"), ProductClass.VIDEO, LocalDate.of(2026, 6, 1));
            assertThat(applied.components())
                    .extracting(RateEntry::tax, RateEntry::ratePpm)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("GST", 50_000L),
                            org.assertj.core.groups.Tuple.tuple("QST", 99_750L));
        }

        @Test
        void california_does_not_tax_electronically_delivered_products() {
            AppliedRates applied = rates.lookup(Jurisdiction.of("US-CA"), ProductClass.GAME, LocalDate.of(2026, 6, 1));
            assertThat(applied.components())
                    .singleElement()
                    .extracting(RateEntry::rateType)
                    .isEqualTo(RateType.NOT_TAXABLE);
        }
    }

    @Nested
    class Data_quality {
        @Test
        void every_jurisdiction_with_a_profile_has_rates_for_every_product_class_today() {
            LocalDate today = LocalDate.of(2026, 11, 23);
            for (Jurisdiction jurisdiction : rates.jurisdictions()) {
                if (rates.profile(jurisdiction).subdivisionRequired()) {
                    continue;
                }
                for (ProductClass productClass : ProductClass.values()) {
                    assertThat(rates.lookup(jurisdiction, productClass, today).components())
                            .as("%s %s", jurisdiction, productClass)
                            .isNotEmpty();
                }
            }
        }

        @Test
        void every_entry_cites_a_source_and_a_review_date() {
            assertThat(rates.entries()).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.source()).isNotBlank();
                assertThat(entry.lastReviewed()).isAfterOrEqualTo(LocalDate.of(2026, 1, 1));
            });
        }

        @Test
        void covers_every_eu_member_state_and_the_named_countries() {
            Set<String> codes =
                    rates.jurisdictions().stream().map(Jurisdiction::code).collect(Collectors.toSet());
            assertThat(codes)
                    .contains(
                            "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE",
                            "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "GB", "NO", "CH",
                            "AU", "NZ", "SG", "JP", "KR", "IN", "CA-QC", "CA-ON", "US-WA");
        }

        @Test
        void carries_its_data_version() {
            assertThat(rates.dataVersion()).isEqualTo("2026.11.1");
        }
    }
}
