package ru.egais.exchange.simulator;

/**
 * Faults a simulated UTM can show, switchable at run time (the faults real stores report: a UTM PC that is off or
 * slow, a Tomcat answering 5xx, {@code <error>} under 200, lists that repeat an entry, DELETEs that do not take,
 * garbage bodies). "Down" and "restart" are on {@link UtmSimulator} itself.
 */
public final class SimulatorFaults {

    volatile int delayMillis;
    volatile int httpStatus;
    volatile String errorUnder200;
    volatile boolean listTwice;
    volatile boolean loseDeletes;
    volatile boolean garbage;
    volatile boolean loseAnswers;
    volatile java.util.List<String> extraListed = java.util.List.of();
    volatile int trickleMillis;
    volatile long hugeListBytes;
    volatile String keyOf;

    /** Every answer is held back this long (a slow UTM or a slow LAN). */
    public SimulatorFaults slow(int millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Every request is answered with this HTTP status and an HTML page (e.g. 500, 503); 0 turns it off. */
    public SimulatorFaults httpStatus(int status) {
        this.httpStatus = status;
        return this;
    }

    /** Every POST is answered {@code <A><error>text</error></A>} under HTTP 200; null turns it off. */
    public SimulatorFaults errorUnder200(String text) {
        this.errorUnder200 = text;
        return this;
    }

    /** /opt/out lists every document twice. */
    public SimulatorFaults listTwice(boolean on) {
        this.listTwice = on;
        return this;
    }

    /** DELETE answers 200 but the document stays (a lost delete). */
    public SimulatorFaults loseDeletes(boolean on) {
        this.loseDeletes = on;
        return this;
    }

    /** Every XML answer (POST answers, lists, documents) is replaced by bytes that are not XML. */
    public SimulatorFaults garbage(boolean on) {
        this.garbage = on;
        return this;
    }

    /** UTM takes every POSTed document but the answer never reaches the client (the connection drops). */
    public SimulatorFaults loseAnswers(boolean on) {
        this.loseAnswers = on;
        return this;
    }

    /**
     * /opt/out lists these URLs, as they are, ahead of its documents: a number that answers 404 (another program
     * deleted it between list and fetch), a space, {@code mailto:}, a relative path, another host.
     */
    public SimulatorFaults listAhead(java.util.List<String> urls) {
        this.extraListed = java.util.List.copyOf(urls);
        return this;
    }

    /** Every answer's body comes one byte per this many milliseconds (a UTM that trickles); 0 turns it off. */
    public SimulatorFaults trickle(int millisPerByte) {
        this.trickleMillis = millisPerByte;
        return this;
    }

    /** /opt/out answers a well-formed list of about this many bytes, generated as it is sent; 0 turns it off. */
    public SimulatorFaults hugeList(long bytes) {
        this.hugeListBytes = bytes;
        return this;
    }

    /** /diagnosis and /api/info/list name the key of this FSRAR ID (another store's UTM); null turns it off. */
    public SimulatorFaults keyOf(String fsrarId) {
        this.keyOf = fsrarId;
        return this;
    }

    /** Back to a healthy UTM. */
    public SimulatorFaults clear() {
        delayMillis = 0;
        httpStatus = 0;
        errorUnder200 = null;
        listTwice = false;
        loseDeletes = false;
        garbage = false;
        loseAnswers = false;
        extraListed = java.util.List.of();
        trickleMillis = 0;
        hugeListBytes = 0;
        keyOf = null;
        return this;
    }
}
