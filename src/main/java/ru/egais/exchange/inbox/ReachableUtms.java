package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;

import java.util.Optional;

/**
 * An organization's UTM when the service itself may call it — not one a workstation carries, not one answering with
 * another organization's key — or why not: every step of the inbox asks here before it calls a UTM.
 */
@ApplicationScoped
public class ReachableUtms {

    private final OrganizationService organizations;

    public ReachableUtms(OrganizationService organizations) {
        this.organizations = organizations;
    }

    Optional<UtmTarget> of(String fsrarId) {
        return organizations.utmTarget(fsrarId).filter(UtmTarget::reachableByService);
    }

    String whyNot(String fsrarId) {
        return organizations.utmTarget(fsrarId).map(UtmTarget::whyNotReachable)
                .orElse("no exchange settings for " + fsrarId);
    }
}
