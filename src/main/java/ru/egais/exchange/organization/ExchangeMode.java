package ru.egais.exchange.organization;

/** Who drives an organization's exchange with its UTM. */
public enum ExchangeMode {
    /** The service polls and sends on its own schedule. */
    SERVER,
    /** Only a workstation reaches the UTM; the service never contacts it directly. */
    WORKSTATION
}
