package ru.egais.exchange.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a simulated UTM holds: /opt/out documents under one counter across types (as a real UTM numbers them),
 * and every document it accepted, in order, so a test can assert "sent exactly once".
 */
final class SimulatedUtmState {

    private final Map<Long, OutDocument> out = new TreeMap<>();
    private final List<ReceivedDocument> received = new ArrayList<>();
    private long counter;
    private long delivered;

    synchronized long putOut(String urlType, String replyId, OutDocument.Lazy xml, long visibleAtMillis) {
        long n = ++counter;
        delivered++;
        out.put(n, new OutDocument(n, urlType, replyId, xml, visibleAtMillis));
        return n;
    }

    /** Every document ever put into /opt/out (answers and deliveries), deleted or not. */
    synchronized long deliveredCount() {
        return delivered;
    }

    synchronized List<OutDocument> visibleOut(long nowMillis, String replyId) {
        List<OutDocument> visible = new ArrayList<>();
        for (OutDocument d : out.values()) {
            if (d.visibleAtMillis() <= nowMillis && (replyId == null || replyId.equals(d.replyId()))) {
                visible.add(d);
            }
        }
        return visible;
    }

    synchronized long putRaw(String urlType, byte[] bytes, long visibleAtMillis) {
        long n = ++counter;
        delivered++;
        out.put(n, new OutDocument(n, urlType, null, OutDocument.Lazy.of(""), visibleAtMillis, bytes));
        return n;
    }

    synchronized Optional<OutDocument> out(long number) {
        return Optional.ofNullable(out.get(number));
    }

    synchronized boolean deleteOut(long number) {
        return out.remove(number) != null;
    }

    synchronized int record(ReceivedDocument document) {
        received.add(document);
        return received.size();
    }

    synchronized List<ReceivedDocument> received() {
        return List.copyOf(received);
    }

    /**
     * A UTM reinstall or database reset: its counter starts again at 1 and what it still holds is numbered anew,
     * so a URL seen before may now name another document.
     */
    synchronized void renumber() {
        List<OutDocument> kept = new ArrayList<>(out.values());
        out.clear();
        counter = 0;
        for (OutDocument d : kept) {
            long n = ++counter;
            out.put(n, new OutDocument(n, d.urlType(), d.replyId(), d.xml(), d.visibleAtMillis(), d.raw()));
        }
    }

    synchronized int pendingOutCount() {
        return out.size();
    }
}
