package io.rightline.tax.determination;

import io.rightline.tax.ProductClass;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.liability.CustomerType;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One sale to determine tax for.
 *
 * <pre>{@code
 * SaleRequest sale = new SaleRequest("sale-1", LocalDate.of(2026, 3, 1), ProductClass.EBOOK,
 *         Money.of(999, "EUR"), PriceBasis.TAX_INCLUSIVE, CustomerType.CONSUMER, evidence, "",
 *         Optional.empty());
 * }</pre>
 *
 * @param saleId the caller's identifier, echoed in the determination
 * @param supplyDate the date of supply (chargeable event), which selects the rate
 * @param productClass what was sold
 * @param price the price, zero or more
 * @param priceBasis whether the price includes tax
 * @param customerType consumer or claimed business
 * @param evidence location evidence
 * @param subdivision province or state code for Canada and the US (e.g. {@code QC}), else empty
 * @param taxNumber the customer's tax number check, if the customer gave one
 */
public record SaleRequest(
        String saleId,
        LocalDate supplyDate,
        ProductClass productClass,
        Money price,
        PriceBasis priceBasis,
        CustomerType customerType,
        LocationEvidence evidence,
        String subdivision,
        Optional<TaxNumberCheck> taxNumber) {
    /** Rejects nulls. */
    public SaleRequest {
        Objects.requireNonNull(saleId, "saleId");
        Objects.requireNonNull(supplyDate, "supplyDate");
        Objects.requireNonNull(productClass, "productClass");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(priceBasis, "priceBasis");
        Objects.requireNonNull(customerType, "customerType");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(subdivision, "subdivision");
        Objects.requireNonNull(taxNumber, "taxNumber");
    }
}
