package ru.egais.exchange.organization;

import java.util.List;

/**
 * Organizations' exchange settings grouped as 1C's НастройкиОбменаЕГАИС returns them: those the service exchanges
 * itself ({@code serverExchange}), those a workstation exchanges ({@code workstationExchange}), and FSRAR IDs
 * without settings ({@code withoutSettings}: the ones asked for, or, when none was asked for, those documents refer
 * to). {@code organizations} is every configured one of the answer, as before the grouping.
 */
public record OrganizationList(List<OrganizationView> organizations, List<OrganizationView> serverExchange,
                               List<OrganizationView> workstationExchange, List<String> withoutSettings) {

    static OrganizationList grouped(List<OrganizationView> configured, List<String> withoutSettings) {
        return new OrganizationList(configured,
                configured.stream().filter(o -> o.exchangeMode() == ExchangeMode.SERVER).toList(),
                configured.stream().filter(o -> o.exchangeMode() == ExchangeMode.WORKSTATION).toList(),
                withoutSettings);
    }
}
