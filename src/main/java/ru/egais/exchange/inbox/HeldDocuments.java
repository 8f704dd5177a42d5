package ru.egais.exchange.inbox;

import java.util.List;

/**
 * Our documents held in doubt (their POST may have reached UTM, but no replyId is proven theirs), as a ticket sees
 * them. Implemented where the queue lives (outbox), so that the inbox need not depend on it.
 */
public interface HeldDocuments {

    /**
     * Ids of the organization's held documents of this type (the ticket's DocType) that carry this Identity — or,
     * for a document without one (an act built from a waybill), whose WBRegId is the ticket's RegID.
     */
    List<String> carrying(String fsrarId, String docType, String identity, String regId);

    /** The held document takes the replyId the ticket proves it was given, and leaves doubt (it is SENT). */
    void take(String documentId, String replyId, String why);

    /** Says on the held document why a ticket that named it did not settle it. */
    void note(String documentId, String why);
}
