package io.rightline.tax;

import java.util.Locale;

/** What was sold, as far as tax law distinguishes it. */
public enum ProductClass {
    /** Streamed or downloaded film and video. */
    VIDEO,
    /** Streamed or downloaded music. */
    MUSIC,
    /** Games, including in-game items and NFT editions of games. */
    GAME,
    /** E-books and other electronically supplied publications (text). */
    EBOOK,
    /** Electronically supplied audiobooks. */
    AUDIOBOOK;

    /**
     * Parses a product class name, case-insensitively.
     *
     * @throws TaxException {@link TaxErrorCode#UNKNOWN_PRODUCT_CLASS} for anything else
     */
    public static ProductClass parse(String name) {
        if (name != null) {
            String upper = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (ProductClass value : values()) {
                if (value.name().equals(upper)) {
                    return value;
                }
            }
        }
        throw new TaxException(TaxErrorCode.UNKNOWN_PRODUCT_CLASS, "unknown product class: " + name);
    }
}
