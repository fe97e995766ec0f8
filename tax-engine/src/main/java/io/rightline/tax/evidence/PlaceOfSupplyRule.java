package io.rightline.tax.evidence;

/** The legal rule that located the customer, with its citation. */
public enum PlaceOfSupplyRule {
    /** Physical presence at the supplier's premises or hotspot. */
    PHYSICAL_PRESENCE_PRESUMPTION("Implementing Regulation (EU) 282/2011 Art. 24a"),
    /** Country of the fixed land line. */
    FIXED_LINE_PRESUMPTION("Implementing Regulation (EU) 282/2011 Art. 24b(a)"),
    /** Mobile country code of the SIM card. */
    SIM_PRESUMPTION("Implementing Regulation (EU) 282/2011 Art. 24b(b)"),
    /** Location of the decoder or where the viewing card was sent. */
    DECODER_PRESUMPTION("Implementing Regulation (EU) 282/2011 Art. 24b(c)"),
    /** Two non-contradictory items of evidence from the Art. 24f list. */
    TWO_ITEMS_OF_EVIDENCE("Implementing Regulation (EU) 282/2011 Art. 24b(d) with Art. 24f"),
    /** One item from a third party while under the EUR 100 000 threshold. */
    SIMPLIFIED_ONE_THIRD_PARTY_ITEM("Implementing Regulation (EU) 282/2011 Art. 24b second paragraph"),
    /** A presumption rebutted by three non-contradictory items pointing elsewhere. */
    REBUTTAL_THREE_ITEMS("Implementing Regulation (EU) 282/2011 Art. 24d(1)");

    private final String citation;
    private final String label;

    PlaceOfSupplyRule(String citation) {
        this.citation = citation;
        this.label = name() + " (" + citation + ")";
    }

    /** The rule's name followed by its citation, as determinations show it. */
    public String label() {
        return label;
    }

    /** The article the rule comes from. */
    public String citation() {
        return citation;
    }
}
