package io.rightline.tax.withholding;

/** Kinds of royalty as treaties and Form 1042-S distinguish them. */
public enum RoyaltyType {
    /** Royalties for motion picture or television copyrights (1042-S income code 11). */
    MOTION_PICTURE_TV("11"),
    /** Other copyright royalties: music, books, games, software (1042-S income code 12). */
    OTHER_COPYRIGHT("12");

    private final String incomeCode;

    RoyaltyType(String incomeCode) {
        this.incomeCode = incomeCode;
    }

    /** The Form 1042-S income code. */
    public String incomeCode() {
        return incomeCode;
    }
}
