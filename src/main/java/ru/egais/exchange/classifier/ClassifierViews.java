package ru.egais.exchange.classifier;

import java.time.Instant;

/** The catalogue as the API shows it. */
public final class ClassifierViews {

    private ClassifierViews() {
    }

    /** A product; {@code producer} names its maker (ClientRegId, INN, name). */
    public record ProductView(String alcCode, String fullName, String shortName, String capacity, String alcVolume,
                              String productVCode, String unitType, Producer producer, String sourceIncomingId,
                              Instant updatedAt) {

        static ProductView of(ClassifierProduct p) {
            return new ProductView(p.alcCode, p.fullName, p.shortName, p.capacity, p.alcVolume, p.productVCode,
                    p.unitType, p.producerRegId == null && p.producerInn == null ? null
                    : new Producer(p.producerRegId, p.producerInn, p.producerName),
                    p.sourceIncomingId, p.updatedAt);
        }
    }

    public record Producer(String clientRegId, String inn, String name) {
    }

    /** An organization. */
    public record PartnerView(String clientRegId, String kind, String inn, String kpp, String fullName,
                              String shortName, String address, String state, String sourceIncomingId,
                              Instant updatedAt) {

        static PartnerView of(ClassifierPartner p) {
            return new PartnerView(p.clientRegId, p.kind, p.inn, p.kpp, p.fullName, p.shortName, p.address, p.state,
                    p.sourceIncomingId, p.updatedAt);
        }
    }
}
