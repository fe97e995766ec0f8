package io.rightline.ledger.embedded;

import java.util.Comparator;

/** Fabric orders keys bytewise over UTF-8, which is code point order (unlike String.compareTo on UTF-16). */
final class KeyOrder {
    static final Comparator<String> CODE_POINTS = KeyOrder::compare;

    private KeyOrder() {}

    static int compare(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }
}
