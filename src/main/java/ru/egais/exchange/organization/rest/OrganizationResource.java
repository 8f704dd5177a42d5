package ru.egais.exchange.organization.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.organization.OrganizationList;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.OrganizationSettings;
import ru.egais.exchange.organization.OrganizationView;
import ru.egais.exchange.organization.UtmKeyGuard;

import java.util.List;

/** Exchange settings per EGAIS organization. */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService organizations;
    private final UtmKeyGuard keys;

    public OrganizationResource(OrganizationService organizations, UtmKeyGuard keys) {
        this.organizations = organizations;
        this.keys = keys;
    }

    /**
     * {@code ?fsrarId=} (repeated, or comma-separated): those organizations only (1C's НастройкиОбменаЕГАИС for a
     * list); none: all.
     */
    @GET
    public OrganizationList list(@QueryParam("fsrarId") List<String> fsrarIds) {
        List<String> asked = fsrarIds == null ? List.of() : fsrarIds.stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .toList();
        return asked.isEmpty() ? organizations.listOrganizations() : organizations.listOrganizations(asked);
    }

    @GET
    @Path("/{fsrarId}")
    public OrganizationView get(@PathParam("fsrarId") String fsrarId) {
        return organizations.getSettings(fsrarId);
    }

    @jakarta.ws.rs.DELETE
    @Path("/{fsrarId}")
    public jakarta.ws.rs.core.Response delete(@PathParam("fsrarId") String fsrarId) {
        organizations.deleteSettings(fsrarId);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @PUT
    @Path("/{fsrarId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganizationView put(@PathParam("fsrarId") String fsrarId, OrganizationSettings settings) {
        OrganizationView saved = organizations.saveSettings(fsrarId, settings);
        // The UTM is asked whose key it holds right away, so a typo in utmUrl is answered with a warning now.
        return keys.checkNow(fsrarId).isPresent() ? organizations.getSettings(fsrarId) : saved;
    }
}
