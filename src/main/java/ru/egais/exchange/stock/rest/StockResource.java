package ru.egais.exchange.stock.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import ru.egais.exchange.stock.StockService;
import ru.egais.exchange.stock.StockView;

/** The stock EGAIS last reported (ReplyRests_v2 / ReplyRestsShop_v2), a page at a time. */
@Path("/api/v1/stock")
@Produces(MediaType.APPLICATION_JSON)
public class StockResource {

    private final StockService stock;

    public StockResource(StockService stock) {
        this.stock = stock;
    }

    @GET
    public StockView stock(@QueryParam("fsrarId") String fsrarId, @QueryParam("register") Integer register,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("100") int limit) {
        return stock.stock(fsrarId, register, offset, limit);
    }
}
