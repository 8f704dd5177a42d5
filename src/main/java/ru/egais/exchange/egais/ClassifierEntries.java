package ru.egais.exchange.egais;

import java.util.List;

/**
 * What a classifier reply (ReplyAP_v2, ReplyClient_v2 and their other versions) says: the products and the
 * organizations it describes. A product's producer is an organization too, so it is listed in both.
 */
public record ClassifierEntries(List<Product> products, List<Partner> partners) {

    /** A product: its alcocode, names, volume (litres), strength (%), EGAIS product kind and producer. */
    public record Product(String alcCode, String fullName, String shortName, String capacity, String alcVolume,
                          String productVCode, String unitType, Partner producer) {
    }

    /**
     * An organization: its FSRAR ID (ClientRegId), kind (UL, FL, FO, TS, TR), INN, KPP, names, the address's
     * description, and its state in EGAIS when the reply gives it.
     */
    public record Partner(String clientRegId, String kind, String inn, String kpp, String fullName, String shortName,
                          String address, String state) {

        public Partner withState(String newState) {
            return new Partner(clientRegId, kind, inn, kpp, fullName, shortName, address, newState);
        }
    }
}
