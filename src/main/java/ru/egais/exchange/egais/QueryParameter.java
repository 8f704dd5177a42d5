package ru.egais.exchange.egais;

/** One {@code qp:Parameter} of a query; names are UTM's own (ИНН, КОД, СИО, ФОРМА2, WBREGID). */
public record QueryParameter(String name, String value) {
}
