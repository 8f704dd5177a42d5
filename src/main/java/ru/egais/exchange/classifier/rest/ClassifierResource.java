package ru.egais.exchange.classifier.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.classifier.ClassifierCatalogue;
import ru.egais.exchange.classifier.ClassifierViews;
import ru.egais.exchange.common.RequestInvalid;

import java.util.List;

/** The classifier catalogue filled by EGAIS's replies to QueryAP and QueryClients. */
@Path("/api/v1/classifiers")
@Produces(MediaType.APPLICATION_JSON)
public class ClassifierResource {

    private final ClassifierCatalogue catalogue;

    public ClassifierResource(ClassifierCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/products")
    public List<ClassifierViews.ProductView> products(@QueryParam("inn") String inn,
                                                      @QueryParam("alcCode") String alcCode,
                                                      @QueryParam("q") String q,
                                                      @QueryParam("limit") @DefaultValue("100") int limit) {
        return catalogue.findProducts(inn, alcCode, q, checked(limit));
    }

    @GET
    @Path("/partners")
    public List<ClassifierViews.PartnerView> partners(@QueryParam("inn") String inn, @QueryParam("q") String q,
                                                      @QueryParam("limit") @DefaultValue("100") int limit) {
        return catalogue.findPartners(inn, q, checked(limit));
    }

    private static int checked(int limit) {
        if (limit < 1 || limit > 1000) {
            throw RequestInvalid.of("limit", "must be between 1 and 1000");
        }
        return limit;
    }
}
