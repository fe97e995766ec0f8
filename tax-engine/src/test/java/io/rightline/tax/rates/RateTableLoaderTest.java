package io.rightline.tax.rates;

import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.ProductClass;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RateTableLoaderTest {
    static final String PROFILES = """
            jurisdiction,name,regime,rounding,subdivision_required,deemed_supplier_basis
            DE,Germany,EU_OSS,HALF_UP,false,Art. 9a
            CA,Canada,CA_GST,HALF_UP,true,ETA
            CA-QC,Quebec,CA_GST,HALF_UP,false,ETA
            """;
    static final String HEADER =
            "jurisdiction,tax,product_class,rate_type,rate,valid_from,valid_to,source,last_reviewed,confidence\n";

    static RateTable table(String rows) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("test.csv", "# comment\n" + HEADER + rows);
        return RateTable.fromCsv("test-1", PROFILES, files);
    }

    static TaxErrorCode codeOf(Runnable action) {
        try {
            action.run();
        } catch (TaxException e) {
            return e.code();
        }
        throw new AssertionError("expected a TaxException");
    }

    @Nested
    class Loading {
        @Test
        void accepts_contiguous_periods_and_expands_product_class_lists() {
            RateTable rates = table("""
                    DE,VAT,VIDEO|MUSIC,standard,19,2021-01-01,2022-01-01,src,2026-11-01,HIGH
                    DE,VAT,VIDEO|MUSIC,standard,20,2022-01-01,,src,2026-11-01,HIGH
                    """);
            assertThat(rates.entries()).hasSize(4);
            assertThat(rates.lookup(Jurisdiction.of("DE"), ProductClass.MUSIC, LocalDate.of(2022, 1, 1))
                            .totalPpm())
                    .isEqualTo(200_000);
            assertThat(rates.lookup(Jurisdiction.of("DE"), ProductClass.MUSIC, LocalDate.of(2021, 12, 31))
                            .components()
                            .getFirst()
                            .origin())
                    .isEqualTo("test.csv:3");
        }

        @Test
        void rejects_a_gap_between_periods() {
            assertThat(codeOf(() -> table("""
                            DE,VAT,VIDEO,standard,19,2021-01-01,2022-01-01,src,2026-11-01,HIGH
                            DE,VAT,VIDEO,standard,20,2022-01-02,,src,2026-11-01,HIGH
                            """))).isEqualTo(TaxErrorCode.RATE_GAP);
        }

        @Test
        void rejects_overlapping_periods() {
            assertThat(codeOf(() -> table("""
                            DE,VAT,VIDEO,standard,19,2021-01-01,2022-02-01,src,2026-11-01,HIGH
                            DE,VAT,VIDEO,standard,20,2022-01-01,,src,2026-11-01,HIGH
                            """))).isEqualTo(TaxErrorCode.RATE_OVERLAP);
        }

        @Test
        void rejects_a_period_after_an_open_ended_one() {
            assertThat(codeOf(() -> table("""
                            DE,VAT,VIDEO,standard,19,2021-01-01,,src,2026-11-01,HIGH
                            DE,VAT,VIDEO,standard,20,2022-01-01,,src,2026-11-01,HIGH
                            """))).isEqualTo(TaxErrorCode.RATE_OVERLAP);
        }

        @Test
        void rejects_components_covering_different_periods() {
            assertThat(codeOf(() -> table("""
                            CA-QC,GST,VIDEO,standard,5,2021-01-01,,src,2026-11-01,HIGH
                            CA-QC,QST,VIDEO,standard,9.975,2022-01-01,,src,2026-11-01,HIGH
                            """))).isEqualTo(TaxErrorCode.RATE_GAP);
        }

        @Test
        void rejects_a_rate_not_exact_in_parts_per_million() {
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,standard,19.00001,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE);
        }

        @Test
        void rejects_a_rate_above_100_percent_and_a_non_zero_exempt_rate() {
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,standard,101,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE);
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,exempt,5,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE);
        }

        @Test
        void rejects_an_unknown_product_class() {
            assertThat(codeOf(() -> table("DE,VAT,PODCAST,standard,19,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.UNKNOWN_PRODUCT_CLASS);
        }

        @Test
        void rejects_an_unknown_country_code() {
            assertThat(codeOf(() -> table("XX,VAT,VIDEO,standard,19,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.UNKNOWN_COUNTRY);
        }

        @Test
        void rejects_rows_without_source_bad_dates_and_wrong_headers() {
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,standard,19,2021-01-01,,,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE_DATA);
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,standard,19,2021-13-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE_DATA);
            assertThat(codeOf(() -> table("DE,VAT,VIDEO,standard,19,2021-01-01,2020-01-01,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE_DATA);
            assertThat(codeOf(() -> RateTable.fromCsv("v", PROFILES, Map.of("x.csv", "a,b\n"))))
                    .isEqualTo(TaxErrorCode.INVALID_RATE_DATA);
        }

        @Test
        void rejects_a_jurisdiction_without_profile() {
            assertThat(codeOf(() -> table("FR,VAT,VIDEO,standard,20,2021-01-01,,src,2026-11-01,HIGH\n")))
                    .isEqualTo(TaxErrorCode.INVALID_RATE_DATA);
        }
    }

    @Nested
    class Lookup {
        final RateTable rates = table("""
                DE,VAT,*,standard,19,2021-01-01,2023-01-01,src,2026-11-01,HIGH
                CA-QC,GST,*,standard,5,2021-01-01,,src,2026-11-01,HIGH
                CA-QC,QST,*,standard,9.975,2021-01-01,,src,2026-11-01,HIGH
                """);

        @Test
        void fails_for_a_date_before_every_rate() {
            assertThat(codeOf(
                            () -> rates.lookup(Jurisdiction.of("DE"), ProductClass.VIDEO, LocalDate.of(2020, 12, 31))))
                    .isEqualTo(TaxErrorCode.NO_RATE_FOR_DATE);
        }

        @Test
        void fails_for_a_date_after_the_last_closed_rate() {
            assertThat(codeOf(() -> rates.lookup(Jurisdiction.of("DE"), ProductClass.VIDEO, LocalDate.of(2023, 1, 1))))
                    .isEqualTo(TaxErrorCode.NO_RATE_FOR_DATE);
        }

        @Test
        void fails_for_a_jurisdiction_without_data() {
            assertThat(codeOf(() -> rates.lookup(Jurisdiction.of("FR"), ProductClass.VIDEO, LocalDate.of(2022, 1, 1))))
                    .isEqualTo(TaxErrorCode.UNKNOWN_JURISDICTION);
        }

        @Test
        void requires_a_subdivision_where_tax_is_levied_by_province() {
            assertThat(codeOf(() -> rates.resolve(CountryCode.of("CA"), "")))
                    .isEqualTo(TaxErrorCode.SUBDIVISION_REQUIRED);
            assertThat(rates.resolve(CountryCode.of("CA"), "QC").jurisdiction()).isEqualTo(Jurisdiction.of("CA-QC"));
            assertThat(codeOf(() -> rates.resolve(CountryCode.of("CA"), "ON")))
                    .isEqualTo(TaxErrorCode.UNKNOWN_JURISDICTION);
        }

        @Test
        void ignores_a_subdivision_where_tax_is_national() {
            assertThat(rates.resolve(CountryCode.of("DE"), "BY").jurisdiction()).isEqualTo(Jurisdiction.of("DE"));
        }
    }
}
