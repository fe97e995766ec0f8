package io.rightline.tax.taxnumber;

import io.rightline.tax.CountryCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Formats (after the prefix) and published check-digit algorithms. Formats follow the European
 * Commission's VIES format list and the national registries; check digits are implemented for AT,
 * BE, CH, DE, DK, FI, FR (numeric key), GB, HR, IT, LU, NL, NO, PL, PT, SE, SK, AU and CA.
 */
final class TaxNumberRules implements TaxNumberValidator {
    static final TaxNumberRules INSTANCE = new TaxNumberRules();

    private final Map<CountryCode, Rule> rules = new HashMap<>();

    private TaxNumberRules() {
        checked("AT", "U\\d{8}", TaxNumberRules::austria);
        checked("BE", "[01]\\d{9}", v -> 97 - Long.parseLong(v.substring(0, 8)) % 97 == Long.parseLong(v.substring(8)));
        format("BG", "\\d{9,10}");
        format("CY", "\\d{8}[A-Z]");
        format("CZ", "\\d{8,10}");
        checked("DE", "[1-9]\\d{8}", TaxNumberRules::iso7064Mod1110);
        checked("DK", "\\d{8}", v -> weighted(v, new int[] {2, 7, 6, 5, 4, 3, 2, 1}) % 11 == 0);
        format("EE", "10\\d{7}");
        format("GR", "\\d{9}");
        format("ES", "[A-Z0-9]\\d{7}[A-Z0-9]");
        checked("FI", "\\d{8}", TaxNumberRules::finland);
        checked("FR", "[A-HJ-NP-Z0-9]{2}\\d{9}", TaxNumberRules::france);
        checked("HR", "\\d{11}", TaxNumberRules::iso7064Mod1110);
        format("HU", "\\d{8}");
        format("IE", "\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W]");
        checked("IT", "\\d{11}", TaxNumberRules::luhn);
        format("LT", "\\d{9}|\\d{12}");
        checked("LU", "\\d{8}", v -> Long.parseLong(v.substring(0, 6)) % 89 == Long.parseLong(v.substring(6)));
        format("LV", "\\d{11}");
        format("MT", "[1-9]\\d{7}");
        checked("NL", "\\d{9}B\\d{2}", TaxNumberRules::netherlands);
        checked("PL", "\\d{10}", v -> weighted(v, new int[] {6, 5, 7, 2, 3, 4, 5, 6, 7}) % 11 == digit(v, 9));
        checked(
                "PT",
                "\\d{9}",
                v -> mod11Complement(weighted(v, new int[] {9, 8, 7, 6, 5, 4, 3, 2}), true) == digit(v, 8));
        format("RO", "[1-9]\\d{1,9}");
        checked("SE", "\\d{10}01", v -> luhn(v.substring(0, 10)));
        format("SI", "[1-9]\\d{7}");
        checked("SK", "[1-9]\\d{9}", v -> Long.parseLong(v) % 11 == 0);
        checked("GB", "\\d{9}|\\d{12}|GD[0-4]\\d{2}|HA[5-9]\\d{2}", TaxNumberRules::unitedKingdom);
        checked(
                "NO",
                "\\d{9}(MVA)?",
                v -> mod11Complement(weighted(v, new int[] {3, 2, 7, 6, 5, 4, 3, 2}), false) == digit(v, 8));
        checked(
                "CH",
                "E\\d{9}(MWST|TVA|IVA)?",
                v -> mod11Complement(weighted(v.substring(1), new int[] {5, 4, 3, 2, 7, 6, 5, 4}), false)
                        == digit(v, 9));
        checked("AU", "\\d{11}", TaxNumberRules::australia);
        checked("CA", "\\d{9}(RT\\d{4})?", v -> luhn(v.substring(0, 9)));
        format("NZ", "\\d{8,9}");
        format("SG", "[MT]\\d{8}[A-Z]|\\d{8,9}[A-Z]");
        format("JP", "T\\d{13}");
        format("KR", "\\d{10}");
        format("IN", "\\d{2}[A-Z]{5}\\d{4}[A-Z][1-9A-Z]Z[0-9A-Z]");
        format("US", "\\d{9}");
    }

    @Override
    public FormatVerdict validate(TaxNumber number) {
        Rule rule = rules.get(number.country());
        if (rule == null) {
            return FormatVerdict.UNSUPPORTED_COUNTRY;
        }
        if (!rule.format.matcher(number.value()).matches()) {
            return FormatVerdict.INVALID_FORMAT;
        }
        if (rule.checkDigit == null) {
            return FormatVerdict.VALID_FORMAT_ONLY;
        }
        return rule.checkDigit.test(number.value())
                ? FormatVerdict.VALID_WITH_CHECK_DIGIT
                : FormatVerdict.INVALID_CHECK_DIGIT;
    }

    @Override
    public Set<CountryCode> checkDigitCountries() {
        return rules.entrySet().stream()
                .filter(e -> e.getValue().checkDigit != null)
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    private void format(String country, String regex) {
        rules.put(CountryCode.of(country), new Rule(Pattern.compile(regex), null));
    }

    private void checked(String country, String regex, Predicate<String> checkDigit) {
        rules.put(CountryCode.of(country), new Rule(Pattern.compile(regex), checkDigit));
    }

    private static int digit(String value, int index) {
        return value.charAt(index) - '0';
    }

    private static int weighted(String value, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += digit(value, i) * weights[i];
        }
        return sum;
    }

    /** 11 − (sum mod 11), with 11 → 0 and 10 → 0 (Portugal) or invalid (−1). */
    private static int mod11Complement(int sum, boolean tenIsZero) {
        int check = 11 - sum % 11;
        if (check == 11) {
            return 0;
        }
        if (check == 10) {
            return tenIsZero ? 0 : -1;
        }
        return check;
    }

    /** ISO 7064 MOD 11,10 over all but the last digit (Germany, Croatia). */
    private static boolean iso7064Mod1110(String value) {
        int product = 10;
        for (int i = 0; i < value.length() - 1; i++) {
            int sum = (digit(value, i) + product) % 10;
            if (sum == 0) {
                sum = 10;
            }
            product = (2 * sum) % 11;
        }
        int check = 11 - product;
        return (check == 10 ? 0 : check) == digit(value, value.length() - 1);
    }

    static boolean luhn(String value) {
        int sum = 0;
        for (int i = 0; i < value.length(); i++) {
            int d = digit(value, value.length() - 1 - i);
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static boolean austria(String value) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            int d = digit(value, i + 1);
            if (i % 2 == 1) {
                d *= 2;
                d = d / 10 + d % 10;
            }
            sum += d;
        }
        return (10 - (sum + 4) % 10) % 10 == digit(value, 8);
    }

    private static boolean finland(String value) {
        int remainder = weighted(value, new int[] {7, 9, 10, 5, 8, 4, 2}) % 11;
        if (remainder == 1) {
            return false;
        }
        return (remainder == 0 ? 0 : 11 - remainder) == digit(value, 7);
    }

    /** Numeric key = (12 + 3 × (SIREN mod 97)) mod 97; alphabetic keys are format only. */
    private static boolean france(String value) {
        if (!Character.isDigit(value.charAt(0)) || !Character.isDigit(value.charAt(1))) {
            return true;
        }
        long siren = Long.parseLong(value.substring(2));
        return Integer.parseInt(value.substring(0, 2)) == (12 + 3 * (siren % 97)) % 97;
    }

    /** Either the legacy mod-11 rule or, since 2020, ISO 7064 mod 97 over "NL" + number. */
    private static boolean netherlands(String value) {
        int sum = weighted(value, new int[] {9, 8, 7, 6, 5, 4, 3, 2}) - digit(value, 8);
        if (sum % 11 == 0) {
            return true;
        }
        StringBuilder numeric = new StringBuilder("2321"); // N = 23, L = 21
        numeric.append(value, 0, 9).append("11").append(value, 10, 12); // B = 11
        return new java.math.BigInteger(numeric.toString())
                        .mod(java.math.BigInteger.valueOf(97))
                        .intValue()
                == 1;
    }

    /** Mod 97 over the first nine digits, with the 9755 variant for numbers issued since 2010. */
    private static boolean unitedKingdom(String value) {
        if (!Character.isDigit(value.charAt(0))) {
            return true;
        }
        int sum = weighted(value, new int[] {8, 7, 6, 5, 4, 3, 2}) + Integer.parseInt(value.substring(7, 9));
        return sum % 97 == 0 || (sum + 55) % 97 == 0;
    }

    /** ABN: subtract 1 from the first digit, weights 10, 1, 3, …, 19, sum divisible by 89. */
    private static boolean australia(String value) {
        int[] weights = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            int d = digit(value, i) - (i == 0 ? 1 : 0);
            sum += d * weights[i];
        }
        return sum % 89 == 0;
    }

    private record Rule(Pattern format, Predicate<String> checkDigit) {}
}
