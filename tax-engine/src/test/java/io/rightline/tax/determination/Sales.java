package io.rightline.tax.determination;

import io.rightline.tax.ProductClass;
import io.rightline.tax.evidence.Evidence;
import io.rightline.tax.evidence.EvidenceType;
import io.rightline.tax.evidence.LocationEvidence;
import io.rightline.tax.evidence.SupplyChannel;
import io.rightline.tax.liability.CustomerType;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.PriceBasis;
import io.rightline.tax.taxnumber.TaxNumberCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test-data builder for sales with valid defaults: a German consumer buying a video for EUR 10 net. */
public final class Sales {
    private String saleId = "sale-1";
    private LocalDate date = LocalDate.of(2026, 6, 1);
    private ProductClass productClass = ProductClass.VIDEO;
    private Money price = Money.of(1000, "EUR");
    private PriceBasis basis = PriceBasis.TAX_EXCLUSIVE;
    private CustomerType customer = CustomerType.CONSUMER;
    private LocationEvidence evidence = located("DE");
    private String subdivision = "";
    private Optional<TaxNumberCheck> taxNumber = Optional.empty();

    public static Sales sale() {
        return new Sales();
    }

    /** Billing address and card country agreeing on a country. */
    public static LocationEvidence located(String country) {
        return new LocationEvidence(
                SupplyChannel.INTERNET,
                List.of(
                        Evidence.supplier(EvidenceType.BILLING_ADDRESS, country),
                        Evidence.thirdParty(EvidenceType.BANK_DETAILS, country)),
                false);
    }

    public Sales id(String value) {
        saleId = value;
        return this;
    }

    public Sales on(String isoDate) {
        date = LocalDate.parse(isoDate);
        return this;
    }

    public Sales of(ProductClass value) {
        productClass = value;
        return this;
    }

    public Sales price(long minor, String currency) {
        price = Money.of(minor, currency);
        return this;
    }

    public Sales inclusive() {
        basis = PriceBasis.TAX_INCLUSIVE;
        return this;
    }

    public Sales in(String country) {
        evidence = located(country);
        return this;
    }

    public Sales evidence(LocationEvidence value) {
        evidence = value;
        return this;
    }

    public Sales subdivision(String value) {
        subdivision = value;
        return this;
    }

    public Sales business(TaxNumberCheck check) {
        customer = CustomerType.BUSINESS;
        taxNumber = Optional.ofNullable(check);
        return this;
    }

    public SaleRequest build() {
        return new SaleRequest(saleId, date, productClass, price, basis, customer, evidence, subdivision, taxNumber);
    }
}
