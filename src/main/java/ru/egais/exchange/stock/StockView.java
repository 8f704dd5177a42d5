package ru.egais.exchange.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A page of the stock EGAIS last reported for one organization and register: the reply it comes from
 * ({@code incomingId}, {@code restsDate} as EGAIS dated it, {@code receivedAt}), how many positions it has in all
 * ({@code total}) and the positions from {@code offset}.
 */
public record StockView(String fsrarId, int register, String replyType, String incomingId, String restsDate,
                        Instant receivedAt, long total, int offset, int limit, List<Position> positions) {

    /**
     * One position: register 1 per F2 registration (with its F1), register 2 per alcocode. {@code nameSource} says
     * whether the name is the reply's own or the classifier catalogue's (the reply left it out); volume is litres.
     */
    public record Position(String informF1RegId, String informF2RegId, String alcCode, String name, String nameSource,
                           BigDecimal volume, BigDecimal quantity) {
    }
}
