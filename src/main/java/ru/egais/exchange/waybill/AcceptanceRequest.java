package ru.egais.exchange.waybill;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the shop answers a supplier waybill: {@code isAccept} Accepted, Rejected or Differences; for Differences,
 * the positions that differ with their real quantity and the marks not accepted. Number and date default to the
 * waybill's number and today; F2 ids come from the waybill's registration.
 */
public record AcceptanceRequest(String isAccept, String actNumber, LocalDate actDate, String note, String externalId,
                                Boolean immediate, List<Difference> positions) {

    /** A position that did not arrive as shipped. */
    public record Difference(String identity, BigDecimal realQuantity, List<String> marks) {
    }
}
