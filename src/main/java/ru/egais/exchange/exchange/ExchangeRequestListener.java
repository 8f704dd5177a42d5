package ru.egais.exchange.exchange;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/** Runs one requested exchange; unordered, so organizations are served in parallel on worker threads. */
@ApplicationScoped
public class ExchangeRequestListener {

    private static final Logger LOG = Logger.getLogger(ExchangeRequestListener.class);

    private final ExchangeService exchange;
    private final ExchangeDispatcher dispatcher;

    public ExchangeRequestListener(ExchangeService exchange, ExchangeDispatcher dispatcher) {
        this.exchange = exchange;
        this.dispatcher = dispatcher;
    }

    @Incoming(ExchangeDispatcher.CHANNEL)
    @Blocking(ordered = false)
    public void onExchangeRequested(String fsrarId) {
        try {
            exchange.runExchange(fsrarId);
        } catch (RuntimeException e) {
            // The next interval tries again; a failure here must not stop the channel for everyone else.
            LOG.errorf(e, "Exchange of %s failed", fsrarId);
        } finally {
            dispatcher.finished(fsrarId);
        }
    }
}
