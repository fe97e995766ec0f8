package io.rightline.chaincode.nft;

import java.time.Instant;

/**
 * A minted edition linked to its work.
 *
 * @param link the link as recorded
 * @param linkedAt transaction timestamp
 * @param linkedBy the platform party
 */
public record EditionLink(EditionLinkRequest link, Instant linkedAt, String linkedBy) {}
