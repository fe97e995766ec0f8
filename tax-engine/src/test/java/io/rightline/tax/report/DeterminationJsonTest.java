package io.rightline.tax.report;

import static io.rightline.tax.determination.Sales.sale;
import static org.assertj.core.api.Assertions.assertThat;

import io.rightline.tax.CountryCode;
import io.rightline.tax.determination.TaxEngine;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.EvidenceType;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.evidence.SupplyChannel;
import io.rightline.tax.rates.RateTable;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeterminationJsonTest {
    private final TaxEngine engine = TaxEngine.create(RateTable.bundled(), CountryCode.of("IE"));

    @Nested
    class Write {
        @Test
        void a_taxed_sale_carries_evidence_rule_rate_source_and_minor_amounts() {
            String json = DeterminationJson.write(
                    engine.determine(sale().in("IT").price(1000, "EUR").build()));
            assertThat(json)
                    .contains("\"status\":\"TAXED\"")
                    .contains("\"country\":\"IT\"")
                    .contains("\"locationBasis\":\"TWO_ITEMS_OF_EVIDENCE (Implementing Regulation (EU) 282/2011")
                    .contains("{\"country\":\"IT\",\"source\":\"SUPPLIER\",\"type\":\"BILLING_ADDRESS\"}")
                    .contains("\"ratePercent\":22")
                    .contains("\"source\":\"DPR 633/1972 art.16\"")
                    .contains("\"taxMinor\":220")
                    .contains("\"grossMinor\":1220");
        }

        @Test
        void a_contradictory_sale_lists_the_candidates() {
            LocationEvidence evidence = new LocationEvidence(
                    SupplyChannel.INTERNET,
                    List.of(
                            Evidence.supplier(EvidenceType.BILLING_ADDRESS, "IT"),
                            Evidence.supplier(EvidenceType.IP_ADDRESS, "SM")),
                    false);
            String json = DeterminationJson.write(
                    engine.determine(sale().evidence(evidence).build()));
            assertThat(json)
                    .contains("\"status\":\"CONTRADICTORY_EVIDENCE\"")
                    .contains("\"candidates\":[\"IT\",\"SM\"]");
        }
    }
}
