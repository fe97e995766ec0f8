package io.rightline.distribution.metering;

/** Signs of stream manipulation. A flagged play record is kept; settlement decides what it counts. */
public enum PlayFlag {
    /** The viewer's seconds played on that UTC day, this play included, exceed the daily cap. */
    DAILY_CAP_EXCEEDED,
    /** The viewer made many short plays of the same work within the loop window, this one included. */
    SHORT_LOOP
}
