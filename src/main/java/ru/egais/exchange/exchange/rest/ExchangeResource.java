package ru.egais.exchange.exchange.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.api.FsrarIdSelection;
import ru.egais.exchange.exchange.ExchangeService;
import ru.egais.exchange.exchange.ExchangeSummary;

import java.util.List;

/** The whole exchange (send, receive, process) in one call. */
@Path("/api/v1/exchange")
@Produces(MediaType.APPLICATION_JSON)
public class ExchangeResource {

    private final ExchangeService exchange;

    public ExchangeResource(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public List<ExchangeSummary> run(FsrarIdSelection selection) {
        return exchange.runExchange(FsrarIdSelection.of(selection));
    }
}
