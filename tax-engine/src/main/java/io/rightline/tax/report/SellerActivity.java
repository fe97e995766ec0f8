package io.rightline.tax.report;

import io.rightline.tax.CountryCode;
import io.rightline.tax.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One relevant activity of a seller on the platform (a sale of an edition, a licence), as DAC7
 * (Council Directive (EU) 2021/514) counts it.
 *
 * @param sellerId the platform's seller identifier
 * @param sellerName the seller's name
 * @param residence the seller's member state of residence
 * @param tin the seller's tax identification number, or empty
 * @param date the date the consideration was paid or credited
 * @param consideration the consideration paid or credited to the seller
 * @param fees fees, commissions and taxes withheld or charged by the platform
 */
public record SellerActivity(
        String sellerId,
        String sellerName,
        CountryCode residence,
        String tin,
        LocalDate date,
        Money consideration,
        Money fees) {
    /** Rejects nulls and negative amounts. */
    public SellerActivity {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(sellerName, "sellerName");
        Objects.requireNonNull(residence, "residence");
        Objects.requireNonNull(tin, "tin");
        Objects.requireNonNull(date, "date");
        consideration.requireNonNegative();
        fees.requireNonNegative();
    }
}
