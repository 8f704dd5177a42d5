package ru.egais.exchange.inbox;

import java.util.List;

/** What an organization's UTM holds for us in /opt/out, and which of it we already stored. */
public record WaitingInUtm(String fsrarId, List<Entry> documents, String error) {

    /** One listed document. */
    public record Entry(String url, String replyId, String storedAs) {
    }
}
