package io.rightline.chaincode.work;

/** Kinds of work. */
public enum WorkType {
    VIDEO,
    AUDIO,
    GAME,
    EBOOK,
    IMAGE
}
