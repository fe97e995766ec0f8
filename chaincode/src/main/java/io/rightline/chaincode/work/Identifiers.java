package io.rightline.chaincode.work;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Refusals;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Format and check-digit validation of the standard work identifiers. */
final class Identifiers {

    private static final Pattern ISRC = Pattern.compile("[A-Z]{2}[A-Z0-9]{3}[0-9]{7}");
    private static final Pattern ISWC = Pattern.compile("T[0-9]{10}");
    private static final Pattern ISAN = Pattern.compile("([0-9A-F]{16})([0-9A-Z])(?:([0-9A-F]{8})([0-9A-Z]))?");
    private static final Pattern EIDR = Pattern.compile("10\\.5240/([0-9A-F]{20})([0-9A-Z])");
    private static final Pattern ISBN13 = Pattern.compile("97[89][0-9]{10}");
    private static final Pattern ISBN10 = Pattern.compile("[0-9]{9}[0-9X]");

    private Identifiers() {}

    /** The identifiers normalised (upper case, separators removed), each checked; unknown schemes are refused. */
    static Map<String, String> validate(Map<String, String> identifiers) {
        Map<String, String> normalised = new TreeMap<>();
        if (identifiers == null) {
            return normalised;
        }
        identifiers.forEach((scheme, value) -> normalised.put(scheme, check(scheme, value)));
        return normalised;
    }

    private static String check(String scheme, String raw) {
        String value = raw == null ? "" : raw.toUpperCase(Locale.ROOT).strip();
        boolean valid =
                switch (scheme) {
                    case "ISRC" -> ISRC.matcher(value = value.replace("-", "")).matches();
                    case "ISWC" -> validIswc(value = value.replaceAll("[-.]", ""));
                    case "ISAN" ->
                        validIsan(value = value.replaceFirst("^ISAN ?", "").replace("-", ""));
                    case "EIDR" -> validEidr(value = value.replace("-", ""));
                    case "ISBN" ->
                        validIsbn(value = value.replaceAll("[- ]", "").replaceFirst("^ISBN", ""));
                    default ->
                        throw Refusals.refuse(ErrorCode.INVALID_IDENTIFIER, "unknown identifier scheme " + scheme);
                };
        if (!valid) {
            throw Refusals.refuse(ErrorCode.INVALID_IDENTIFIER, "invalid " + scheme + ": " + raw);
        }
        return value;
    }

    private static boolean validIswc(String value) {
        if (!ISWC.matcher(value).matches()) {
            return false;
        }
        int sum = 1;
        for (int i = 1; i <= 9; i++) {
            sum += i * (value.charAt(i) - '0');
        }
        return (10 - sum % 10) % 10 == value.charAt(10) - '0';
    }

    private static boolean validIsan(String value) {
        var matcher = ISAN.matcher(value);
        if (!matcher.matches()) {
            return false;
        }
        boolean rootValid = mod3736(matcher.group(1)) == matcher.group(2).charAt(0);
        return rootValid
                && (matcher.group(3) == null
                        || mod3736(matcher.group(1) + matcher.group(3))
                                == matcher.group(4).charAt(0));
    }

    private static boolean validEidr(String value) {
        var matcher = EIDR.matcher(value);
        return matcher.matches()
                && mod3736(matcher.group(1)) == matcher.group(2).charAt(0);
    }

    private static boolean validIsbn(String value) {
        if (ISBN13.matcher(value).matches()) {
            int sum = 0;
            for (int i = 0; i < 13; i++) {
                sum += (value.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (ISBN10.matcher(value).matches()) {
            int sum = 0;
            for (int i = 0; i < 10; i++) {
                int digit = value.charAt(i) == 'X' ? 10 : value.charAt(i) - '0';
                sum += digit * (10 - i);
            }
            return sum % 11 == 0;
        }
        return false;
    }

    /** ISO 7064 MOD 37,36 check character, used by ISAN and EIDR. */
    static char mod3736(String digits) {
        int modulus = 36;
        int product = modulus;
        for (int i = 0; i < digits.length(); i++) {
            int sum = (product + Character.digit(digits.charAt(i), 36)) % modulus;
            product = (sum == 0 ? modulus : sum) * 2 % (modulus + 1);
        }
        int check = (modulus + 1 - product) % modulus;
        return Character.toUpperCase(Character.forDigit(check, 36));
    }
}
