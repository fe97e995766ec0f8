package io.rightline.tax.rates;

/** The registration and return regime a jurisdiction's tax is declared under. */
public enum TaxRegime {
    /** EU VAT One-Stop Shop, union scheme (Directive 2006/112/EC Title XII Chapter 6 Section 3). */
    EU_OSS,
    /** UK VAT for non-established taxable persons. */
    UK_VAT,
    /** Norway's simplified VAT registration for electronic services (VOES). */
    NO_VOES,
    /** Swiss VAT. */
    CH_VAT,
    /** Australian GST (simplified registration). */
    AU_GST,
    /** New Zealand GST (remote services). */
    NZ_GST,
    /** Singapore GST (overseas vendor registration). */
    SG_GST,
    /** Japanese consumption tax. */
    JP_JCT,
    /** Korean VAT (simplified registration of foreign e-service providers). */
    KR_VAT,
    /** Indian IGST on online information and database access or retrieval services. */
    IN_OIDAR,
    /** Canadian GST/HST (simplified regime) and Quebec QST. */
    CA_GST,
    /** US state sales tax. */
    US_SALES_TAX
}
