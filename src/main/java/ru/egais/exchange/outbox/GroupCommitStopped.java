package ru.egais.exchange.outbox;

import ru.egais.exchange.common.DomainException;

/** The group-commit writer thread has died (e.g. an OutOfMemoryError): nothing can be stored until a restart. */
public class GroupCommitStopped extends DomainException {
    GroupCommitStopped() {
        super(Kind.SERVICE_STOPPED,
                "the group-commit writer has stopped; the service must be restarted (liveness is DOWN)");
    }

    @Override
    public String code() {
        return "service.writer-stopped";
    }
}
