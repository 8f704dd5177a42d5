package ru.egais.exchange.simulator;

/** A document the simulated UTM holds in /opt/out: listed from {@code visibleAtMillis} on, until deleted. */
record OutDocument(long number, String urlType, String replyId, String xml, long visibleAtMillis) {
}
