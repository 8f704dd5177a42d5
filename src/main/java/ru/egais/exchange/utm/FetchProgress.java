package ru.egais.exchange.utm;

/** Bytes of a document read so far, and the size UTM announced (-1 when it did not): a large reply takes a while. */
@FunctionalInterface
public interface FetchProgress {
    void bytesRead(long read, long announced);
}
