package io.rightline.tax.withholding;

import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import java.util.List;

/**
 * Withholding rates on royalties by payer jurisdiction, payee residence, royalty type and date,
 * with the form on file deciding between treaty and statutory rate.
 *
 * <pre>{@code
 * WithholdingDetermination w = WithholdingTable.bundled().determine(payment);
 * }</pre>
 */
public interface WithholdingTable {

    /**
     * Determines the withholding on a payment. Amounts are rounded half-up to the minor unit.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_PAYER_JURISDICTION}, {@link
     *     TaxErrorCode#NO_RATE_FOR_DATE}, {@link TaxErrorCode#NEGATIVE_AMOUNT}
     */
    WithholdingDetermination determine(RoyaltyPayment payment);

    /** Every row. */
    List<WithholdingRate> rates();

    /** The bundled data ({@code io/rightline/tax/withholding/royalties.csv}). */
    static WithholdingTable bundled() {
        return DefaultWithholdingTable.bundled();
    }

    /**
     * A table from CSV text in the bundled format.
     *
     * @throws TaxException {@link TaxErrorCode#INVALID_WITHHOLDING_DATA}
     */
    static WithholdingTable fromCsv(String name, String csv) {
        return DefaultWithholdingTable.parse(name, csv);
    }
}
