package ru.egais.exchange.egais;

/** Receives a stock reply's date first (when present), then each position in document order. */
public interface RestsVisitor {
    void restsDate(String date);

    void position(RestsPosition position);
}
