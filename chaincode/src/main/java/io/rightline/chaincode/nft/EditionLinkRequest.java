package io.rightline.chaincode.nft;

import io.rightline.chaincode.common.ErrorCode;
import io.rightline.chaincode.common.Ids;
import io.rightline.chaincode.common.Refusals;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Arguments of {@code nfts:linkEdition}.
 *
 * @param workId the work
 * @param editionNumber 1..cap
 * @param chainId EVM chain id
 * @param contractAddress {@code 0x} + 40 hex digits (stored lower case)
 * @param tokenId decimal uint256 token id
 * @param mintTxHash {@code 0x} + 64 hex digits (stored lower case)
 */
public record EditionLinkRequest(
        String workId, int editionNumber, long chainId, String contractAddress, String tokenId, String mintTxHash) {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-f]{40}");
    private static final Pattern TX_HASH = Pattern.compile("0x[0-9a-f]{64}");
    private static final Pattern TOKEN_ID = Pattern.compile("0|[1-9][0-9]{0,77}");

    public EditionLinkRequest {
        Ids.require(workId, "workId");
        contractAddress = contractAddress == null ? null : contractAddress.toLowerCase(Locale.ROOT);
        mintTxHash = mintTxHash == null ? null : mintTxHash.toLowerCase(Locale.ROOT);
        if (chainId < 1) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "chainId must be positive");
        }
        if (contractAddress == null || !ADDRESS.matcher(contractAddress).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "contractAddress must be 0x + 40 hex digits");
        }
        if (tokenId == null || !TOKEN_ID.matcher(tokenId).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "tokenId must be a decimal uint256");
        }
        if (mintTxHash == null || !TX_HASH.matcher(mintTxHash).matches()) {
            throw Refusals.refuse(ErrorCode.INVALID_ARGUMENT, "mintTxHash must be 0x + 64 hex digits");
        }
    }
}
