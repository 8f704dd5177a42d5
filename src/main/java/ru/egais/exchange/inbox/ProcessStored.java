package ru.egais.exchange.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Processes what is stored and not processed yet, each document in a transaction of its own, and counts what each
 * ended as ({@code egais_incoming_processed_total{fsrarId,status}}).
 */
@ApplicationScoped
public class ProcessStored {

    private static final Logger LOG = Logger.getLogger(ProcessStored.class);

    private final IncomingProcessor processor;
    private final IncomingQueries queries;
    private final WaybillRecoveryHandler recovery;
    private final MeterRegistry metrics;

    public ProcessStored(IncomingProcessor processor, IncomingQueries queries, WaybillRecoveryHandler recovery,
                         MeterRegistry metrics) {
        this.processor = processor;
        this.queries = queries;
        this.recovery = recovery;
        this.metrics = metrics;
    }

    /** Processes the organization's stored documents; returns how many were processed. */
    int processStored(String fsrarId) {
        int processed = 0;
        for (String id : queries.idsToProcess(fsrarId)) {
            try {
                processOne(fsrarId, id);
                processed++;
            } catch (RuntimeException e) {
                // Stays STORED and is retried on the next pass; UTM keeps it until then.
                LOG.errorf(e, "Incoming %s of %s not processed", id, fsrarId);
            }
        }
        recovery.requestResends(fsrarId);
        return processed;
    }

    /** Processes one stored document (no effect on one processed already). */
    IncomingStatus processOne(String fsrarId, String id) {
        IncomingStatus status = processor.process(id);
        if (status != null) {
            metrics.counter("egais.incoming.processed", "fsrarId", fsrarId, "status", status.name()).increment();
        }
        return status;
    }
}
