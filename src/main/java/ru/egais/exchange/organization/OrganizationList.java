package ru.egais.exchange.organization;

import java.util.List;

/** Configured organizations, and the FSRAR IDs that documents refer to but that have no settings yet. */
public record OrganizationList(List<OrganizationView> organizations, List<String> withoutSettings) {
}
