package ru.egais.exchange.egais;

import java.util.List;

/**
 * One box of a waybill position as EGAIS lists it under {@code MarkInfo/boxpos}: its number ({@code boxnumber},
 * absent in some waybills) and the marks of the bottles in it ({@code amclist/amc}).
 */
public record WaybillBox(String number, List<String> marks) {
}
