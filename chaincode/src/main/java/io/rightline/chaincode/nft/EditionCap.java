package io.rightline.chaincode.nft;

import java.time.Instant;

/**
 * The number of NFT editions the owners allow for a work.
 *
 * @param workId the work
 * @param cap maximum edition number
 * @param setBy owner that set it
 * @param setAt transaction timestamp
 */
public record EditionCap(String workId, int cap, String setBy, Instant setAt) {}
