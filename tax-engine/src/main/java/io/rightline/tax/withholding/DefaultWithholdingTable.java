package io.rightline.tax.withholding;

import io.rightline.tax.CountryCode;
import io.rightline.tax.Csv;
import io.rightline.tax.TaxErrorCode;
import io.rightline.tax.TaxException;
import io.rightline.tax.money.Money;
import io.rightline.tax.money.RoundingRule;
import io.rightline.tax.money.TaxArithmetic;
import io.rightline.tax.rates.Confidence;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Withholding rows, checked for overlaps and gaps per (payer, payee residence, royalty type). */
final class DefaultWithholdingTable implements WithholdingTable {
    private static final List<String> HEADER = List.of(
            "payer",
            "payee_residence",
            "royalty_type",
            "basis",
            "rate",
            "valid_from",
            "valid_to",
            "source",
            "last_reviewed",
            "confidence");

    private final List<WithholdingRate> rates;

    private DefaultWithholdingTable(List<WithholdingRate> rates) {
        this.rates = List.copyOf(rates);
    }

    private static final class Bundled {
        static final WithholdingTable TABLE = parse("royalties.csv", read());

        private static String read() {
            try (InputStream in =
                    DefaultWithholdingTable.class.getResourceAsStream("/io/rightline/tax/withholding/royalties.csv")) {
                if (in == null) {
                    throw new TaxException(TaxErrorCode.INVALID_WITHHOLDING_DATA, "royalties.csv missing");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new TaxException(TaxErrorCode.INVALID_WITHHOLDING_DATA, "cannot read royalties.csv", e);
            }
        }
    }

    static WithholdingTable bundled() {
        return Bundled.TABLE;
    }

    @Override
    public List<WithholdingRate> rates() {
        return rates;
    }

    @Override
    public WithholdingDetermination determine(RoyaltyPayment payment) {
        Money gross = payment.gross().requireNonNegative();
        if (rates.stream().noneMatch(r -> r.payer().equals(payment.payer()))) {
            throw new TaxException(
                    TaxErrorCode.UNKNOWN_PAYER_JURISDICTION, "no withholding rules for payer " + payment.payer());
        }
        if (payment.payer().equals(payment.payeeResidence())) {
            return new WithholdingDetermination(
                    payment, WithholdingBasis.DOMESTIC_PAYEE, Optional.empty(), Money.zero(gross.currency()), gross);
        }
        WithholdingRate statutory = find(payment, Optional.empty())
                .orElseThrow(() -> new TaxException(
                        TaxErrorCode.NO_RATE_FOR_DATE,
                        "no statutory rate for payer " + payment.payer() + " " + payment.type() + " on "
                                + payment.paymentDate()));
        WithholdingBasis basis = formVerdict(payment);
        WithholdingRate applied = statutory;
        if (basis == WithholdingBasis.TREATY_RATE) {
            Optional<WithholdingRate> treaty = find(payment, Optional.of(payment.payeeResidence()));
            if (treaty.isPresent()) {
                applied = treaty.get();
            } else {
                basis = WithholdingBasis.DEFAULT_NO_TREATY;
            }
        }
        long withheld = TaxArithmetic.share(gross.amountMinor(), applied.ratePpm(), RoundingRule.HALF_UP);
        Money withheldMoney = new Money(withheld, gross.currency());
        return new WithholdingDetermination(
                payment, basis, Optional.of(applied), withheldMoney, gross.minus(withheldMoney));
    }

    /** What the form on file allows: a treaty claim, or why the statutory rate applies. */
    private static WithholdingBasis formVerdict(RoyaltyPayment payment) {
        if (payment.form().isEmpty()) {
            return WithholdingBasis.DEFAULT_NO_FORM;
        }
        WithholdingForm form = payment.form().get();
        if (!form.inEffectOn(payment.paymentDate())) {
            return WithholdingBasis.DEFAULT_FORM_NOT_IN_EFFECT;
        }
        if (!form.residence().equals(payment.payeeResidence())) {
            return WithholdingBasis.DEFAULT_RESIDENCE_MISMATCH;
        }
        return form.treatyClaimed() ? WithholdingBasis.TREATY_RATE : WithholdingBasis.DEFAULT_NO_TREATY_CLAIM;
    }

    private Optional<WithholdingRate> find(RoyaltyPayment payment, Optional<CountryCode> residence) {
        for (WithholdingRate rate : rates) {
            if (rate.payer().equals(payment.payer())
                    && rate.payeeResidence().equals(residence)
                    && rate.type() == payment.type()
                    && rate.covers(payment.paymentDate())) {
                return Optional.of(rate);
            }
        }
        return Optional.empty();
    }

    static WithholdingTable parse(String name, String csv) {
        List<WithholdingRate> rates = new ArrayList<>();
        boolean headerSeen = false;
        int lineNumber = 0;
        for (String line : csv.lines().toList()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String origin = name + ":" + lineNumber;
            List<String> fields;
            try {
                fields = Csv.parseLine(line).stream().map(String::trim).toList();
            } catch (IllegalArgumentException e) {
                throw new TaxException(TaxErrorCode.INVALID_WITHHOLDING_DATA, origin + ": " + e.getMessage(), e);
            }
            if (!headerSeen) {
                if (!fields.equals(HEADER)) {
                    throw new TaxException(
                            TaxErrorCode.INVALID_WITHHOLDING_DATA, origin + ": header must be " + HEADER);
                }
                headerSeen = true;
                continue;
            }
            rates.add(row(origin, fields));
        }
        checkContinuity(rates);
        return new DefaultWithholdingTable(rates);
    }

    private static WithholdingRate row(String origin, List<String> f) {
        if (f.size() != HEADER.size()) {
            throw new TaxException(
                    TaxErrorCode.INVALID_WITHHOLDING_DATA, origin + ": expected " + HEADER.size() + " fields");
        }
        try {
            boolean isDefault = "*".equals(f.get(1));
            if (isDefault != "DEFAULT".equals(f.get(3)) || !isDefault && !"TREATY".equals(f.get(3))) {
                throw new TaxException(
                        TaxErrorCode.INVALID_WITHHOLDING_DATA,
                        origin + ": DEFAULT rows use payee *, TREATY rows a country");
            }
            BigDecimal percent = new BigDecimal(f.get(4));
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new TaxException(TaxErrorCode.INVALID_WITHHOLDING_DATA, origin + ": rate outside 0..100");
            }
            return new WithholdingRate(
                    CountryCode.of(f.get(0)),
                    isDefault ? Optional.empty() : Optional.of(CountryCode.of(f.get(1))),
                    RoyaltyType.valueOf(f.get(2)),
                    percent,
                    percent.movePointRight(4).longValueExact(),
                    LocalDate.parse(f.get(5)),
                    f.get(6).isEmpty() ? null : LocalDate.parse(f.get(6)),
                    f.get(7),
                    LocalDate.parse(f.get(8)),
                    Confidence.valueOf(f.get(9)),
                    origin);
        } catch (RuntimeException e) {
            if (e instanceof TaxException tax && tax.code() == TaxErrorCode.INVALID_WITHHOLDING_DATA) {
                throw tax;
            }
            throw new TaxException(TaxErrorCode.INVALID_WITHHOLDING_DATA, origin + ": " + e.getMessage(), e);
        }
    }

    private static void checkContinuity(List<WithholdingRate> rates) {
        Map<String, List<WithholdingRate>> series = new HashMap<>();
        for (WithholdingRate rate : rates) {
            String key = rate.payer() + "/"
                    + rate.payeeResidence().map(CountryCode::alpha2).orElse("*") + "/" + rate.type();
            series.computeIfAbsent(key, k -> new ArrayList<>()).add(rate);
        }
        series.forEach((key, list) -> {
            list.sort(Comparator.comparing(WithholdingRate::validFrom));
            for (int i = 1; i < list.size(); i++) {
                WithholdingRate previous = list.get(i - 1);
                WithholdingRate next = list.get(i);
                if (previous.validTo() == null || !previous.validTo().equals(next.validFrom())) {
                    throw new TaxException(
                            TaxErrorCode.INVALID_WITHHOLDING_DATA,
                            key + ": " + previous.origin() + " and " + next.origin() + " overlap or leave a gap");
                }
            }
        });
    }
}
