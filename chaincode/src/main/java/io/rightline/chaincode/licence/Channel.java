package io.rightline.chaincode.licence;

/** Distribution channels a licence covers. */
public enum Channel {
    SVOD,
    AVOD,
    TVOD,
    DOWNLOAD,
    NFT_VIEWING
}
