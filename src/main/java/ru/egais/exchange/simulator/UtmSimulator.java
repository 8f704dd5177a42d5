package ru.egais.exchange.simulator;

import com.sun.net.httpserver.HttpServer;
import ru.egais.exchange.utm.SchemaValidator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A stateful stand-in for FSRAR's UTM on a local port: it speaks UTM's HTTP protocol (PROTOCOL.md), checks what
 * it receives, and answers like EGAIS after a configurable delay. Tests, benchmarks and the "try it" mode use it;
 * nothing starts it unless asked. Faults can be switched on at run time ({@link #faults()}, {@link #down()},
 * {@link #restartRenumbering()}).
 */
public final class UtmSimulator implements AutoCloseable {

    static {
        // The JDK server writes headers and body as separate segments; with Nagle on, the client's delayed ACK
        // stalls every answer by ~40 ms (measured: 179 POSTs/s from 8 clients). Read once, when the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final String fsrarId;
    final SimulatedUtmState state = new SimulatedUtmState();
    final SimulatedEgais egais;
    final SimulatorFaults faults = new SimulatorFaults();
    final SimulatedCheques cheques;
    private final ExecutorService executor;
    private volatile HttpServer server;
    private volatile int port;
    volatile Duration answerDelay = Duration.ZERO;
    volatile SchemaValidator schemas;
    volatile Path schemaFolder;
    volatile java.time.OffsetDateTime rsaExpiry = java.time.OffsetDateTime.now().plusYears(1);
    volatile java.time.OffsetDateTime gostExpiry = java.time.OffsetDateTime.now().plusYears(1);

    private UtmSimulator(String fsrarId, int threads) {
        this.fsrarId = fsrarId;
        this.egais = new SimulatedEgais(fsrarId);
        this.cheques = new SimulatedCheques(fsrarId);
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "utm-simulator");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a simulated UTM for the organization with this FSRAR ID on the port (0: any free port). */
    public static UtmSimulator start(String fsrarId, int port) {
        UtmSimulator simulator = new UtmSimulator(fsrarId, 8);
        simulator.listen(port);
        return simulator;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String fsrarId() {
        return fsrarId;
    }

    // ---- behaviour ----

    /** How long EGAIS takes to answer; the second ticket of an act comes after twice this. */
    public UtmSimulator answerDelay(Duration delay) {
        this.answerDelay = delay;
        return this;
    }

    /**
     * Checks every received document against this folder of XSDs (as a real UTM does) and publishes them under
     * {@code /info/xsd/}; null turns the check off.
     */
    public UtmSimulator schemas(Path folder) {
        this.schemas = folder == null ? null : SchemaValidator.fromFolder(folder);
        this.schemaFolder = folder;
        return this;
    }

    /**
     * When the RSA (transport) and GOST (signature) certificates on the key expire, as {@code /api/info/list}
     * reports them; a date in the past makes that certificate invalid. A year ahead unless set.
     */
    public UtmSimulator certificates(java.time.OffsetDateTime rsa, java.time.OffsetDateTime gost) {
        this.rsaExpiry = rsa;
        this.gostExpiry = gost;
        return this;
    }

    /** Positions in each ReplyRests_v2 / ReplyRestsShop_v2 answer. */
    /**
     * How the consignee of a waybill the service ships answers it (WayBillAct_v4 in /opt/out after its tickets):
     * "Accepted", "Rejected", "Differences" (the first position one short), or null for no answer.
     */
    public UtmSimulator consigneeAnswers(String isAccept) {
        egais.setConsigneeAnswer(isAccept);
        return this;
    }

    public UtmSimulator restsPositions(int positions) {
        egais.setRestsPositions(positions);
        return this;
    }

    /** The faults this UTM shows, switchable at run time. */
    public SimulatorFaults faults() {
        return faults;
    }

    /**
     * A supplier ships a waybill: its WayBill_v4 and FORM2REGINFO appear in /opt/out (registration first when
     * asked: real UTMs deliver them in either order), and EGAIS will accept acts for it.
     */
    public SupplierWaybill deliverWaybill(int positions, int marksPerPosition, boolean registrationFirst) {
        SupplierWaybill waybill = WaybillDocuments.newWaybill(positions, marksPerPosition);
        egais.registerWaybill(waybill);
        String wayBill = WaybillDocuments.wayBill(waybill, fsrarId);
        String registration = WaybillDocuments.registration(waybill, fsrarId);
        if (registrationFirst) {
            deliver("FORM2REGINFO", null, registration);
            deliver("WayBill_v4", null, wayBill);
        } else {
            deliver("WayBill_v4", null, wayBill);
            deliver("FORM2REGINFO", null, registration);
        }
        return waybill;
    }

    /** The supplier asks to repeal a waybill it shipped: its RequestRepealWB appears in /opt/out. */
    public long requestRepeal(String wbRegId, String number) {
        return deliver("RequestRepealWB", null, WaybillDocuments.repealRequest(wbRegId, number,
                java.time.LocalDateTime.now()));
    }

    /** A waybill EGAIS knows, with its two documents not delivered yet (to deliver them apart, in any order). */
    public record Shipment(SupplierWaybill waybill, String wayBillXml, String registrationXml) {
    }

    public Shipment prepareShipment(int positions, int marksPerPosition) {
        SupplierWaybill waybill = WaybillDocuments.newWaybill(positions, marksPerPosition);
        egais.registerWaybill(waybill);
        return new Shipment(waybill, WaybillDocuments.wayBill(waybill, fsrarId),
                WaybillDocuments.registration(waybill, fsrarId));
    }

    /** Puts bytes into /opt/out as they are (a document in a wrong encoding, a huge one…); returns its number. */
    public long deliverBytes(String urlType, byte[] bytes) {
        return state.putRaw(urlType, bytes, System.currentTimeMillis());
    }

    /** Puts any document into /opt/out as if EGAIS delivered it; returns its number. */
    public long deliver(String urlType, String replyId, String xml) {
        return state.putOut(urlType, replyId, OutDocument.Lazy.of(xml), System.currentTimeMillis());
    }

    /**
     * Another program (1C, the POS) posts a document through this UTM: /opt/in keeps it under a replyId of its own,
     * between ours in posting order, and EGAIS answers it as any other. Identical texts to ours are allowed (every
     * QueryRests_v2 of one organization is byte-identical). Returns its replyId.
     */
    public String postForeign(String utmPath, String xml) {
        try {
            return accept(utmPath, ReceivedScan.of(xml), xml, true);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalArgumentException("not XML: " + e.getMessage(), e);
        }
    }

    /** Documents /opt/in holds that the service posted (those another program posted left out). */
    public List<ReceivedDocument> ours() {
        return state.received().stream().filter(d -> !d.foreign()).toList();
    }

    /** Takes a document into /opt/in and lets EGAIS answer it later; returns the replyId UTM gave it. */
    String accept(String utmPath, ReceivedScan scan, String xml, boolean foreign) {
        String replyId = java.util.UUID.randomUUID().toString();
        state.record(new ReceivedDocument(utmPath, scan.documentElement(), replyId, xml, foreign));
        long now = System.currentTimeMillis();
        long delay = answerDelay.toMillis();
        for (SimulatedEgais.Answer answer : egais.answer(scan.documentElement(), scan.fields(), replyId)) {
            state.putOut(answer.urlType(), answer.linked() ? replyId : null, answer.xml(),
                    now + delay * answer.delaySteps());
        }
        return replyId;
    }

    // ---- process faults ----

    /** The UTM process is gone: connections are refused until {@link #up()}. */
    public synchronized UtmSimulator down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
        return this;
    }

    public synchronized UtmSimulator up() {
        if (server == null) {
            listen(port);
        }
        return this;
    }

    /** UTM restarted after a reinstall: /opt/out is numbered anew from 1 (PROTOCOL.md §4, {N} is UTM-local). */
    public synchronized UtmSimulator restartRenumbering() {
        down();
        state.renumber();
        return up();
    }

    // ---- what a test can ask ----

    /** Every document this UTM accepted, in order. */
    public List<ReceivedDocument> received() {
        return state.received();
    }

    /** How many documents with this element /opt/in holds, another program's included. */
    public long receivedCount(String element) {
        return state.received().stream().filter(d -> d.element().equals(element)).count();
    }

    /** Cheques posted to this UTM's {@code POST /xml} (signed or refused; not those refused before reading). */
    public int postedChequeCount() {
        return cheques.postedCount();
    }

    /** Cheques this UTM signed at {@code POST /xml}. */
    public int signedChequeCount() {
        return cheques.signedCount();
    }

    /** Excise marks sold (and not returned) through this UTM's cheques. */
    public java.util.Set<String> soldMarks() {
        return cheques.soldMarks();
    }

    /** Documents still in /opt/out, listed already or not yet. */
    public int outCount() {
        return state.pendingOutCount();
    }

    /** How many documents this UTM ever put into /opt/out for the client (each must be stored exactly once). */
    public long deliveredCount() {
        return state.deliveredCount();
    }

    /** Documents /opt/out lists right now (answers whose delay has passed, not deleted). */
    public int listedCount() {
        return state.visibleOut(System.currentTimeMillis(), null).size();
    }

    @Override
    public synchronized void close() {
        down();
        executor.shutdownNow();
    }

    private void listen(int requestedPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 1024);
            s.setExecutor(executor);
            s.createContext("/", new UtmHttpHandler(this));
            s.start();
            this.server = s;
            this.port = s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the UTM simulator on port " + requestedPort, e);
        }
    }
}
