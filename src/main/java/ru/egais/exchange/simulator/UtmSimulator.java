package ru.egais.exchange.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jboss.logging.Logger;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.utm.xml.EnvelopeReader;
import ru.egais.exchange.utm.xml.WellFormedness;
import ru.egais.exchange.utm.xml.XmlText;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stateful stand-in for FSRAR's UTM on a local port: it speaks UTM's HTTP protocol (PROTOCOL.md), checks what
 * it receives, and answers like EGAIS after a configurable delay. Tests, benchmarks and the "try it" mode use it;
 * nothing starts it unless asked. Faults can be switched on at run time.
 */
public final class UtmSimulator implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UtmSimulator.class);
    private static final Pattern OUT_DOC = Pattern.compile("^/opt/out/([^/]+)/([0-9]+)$");
    private static final Pattern IN_POST = Pattern.compile("^/opt/in/([^/]+)$");

    private final String fsrarId;
    private final SimulatedUtmState state = new SimulatedUtmState();
    private final SimulatedEgais egais;
    private final ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
        Thread t = new Thread(r, "utm-simulator");
        t.setDaemon(true);
        return t;
    });
    private volatile HttpServer server;
    private volatile int port;
    private volatile Duration answerDelay = Duration.ZERO;
    private volatile String errorUnder200;
    private volatile int failWithStatus;

    private UtmSimulator(String fsrarId) {
        this.fsrarId = fsrarId;
        this.egais = new SimulatedEgais(fsrarId);
    }

    /** Starts a simulated UTM for the organization with this FSRAR ID on the port (0: any free port). */
    public static UtmSimulator start(String fsrarId, int port) {
        UtmSimulator simulator = new UtmSimulator(fsrarId);
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

    // ---- behaviour and faults, switchable at run time ----

    /** How long EGAIS takes to answer; the second ticket of an act comes after twice this. */
    public UtmSimulator answerDelay(Duration delay) {
        this.answerDelay = delay;
        return this;
    }

    /** EGAIS knows this waybill: acts for it are accepted (acts for unknown waybills are rejected). */
    public UtmSimulator registerWaybill(String wbRegId) {
        egais.registerWaybill(wbRegId);
        return this;
    }

    public UtmSimulator restsPositions(int positions) {
        egais.setRestsPositions(positions);
        return this;
    }

    /** Every POST is answered {@code <A><error>text</error></A>} under HTTP 200, as UTM does; null turns it off. */
    public UtmSimulator answerErrorUnder200(String text) {
        this.errorUnder200 = text;
        return this;
    }

    /** Every request is answered with this HTTP status (e.g. 503); 0 turns it off. */
    public UtmSimulator failWithStatus(int status) {
        this.failWithStatus = status;
        return this;
    }

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

    /** Puts a document into /opt/out as if EGAIS delivered it (a supplier's waybill, its FORM2REGINFO…). */
    public long deliver(String urlType, String replyId, String xml) {
        return state.putOut(urlType, replyId, xml, System.currentTimeMillis());
    }

    // ---- what a test can ask ----

    public List<ReceivedDocument> received() {
        return state.received();
    }

    public long receivedCount(String element) {
        return state.received().stream().filter(d -> d.element().equals(element)).count();
    }

    /** Documents still in /opt/out, visible or not yet. */
    public int outCount() {
        return state.pendingOutCount();
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
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", requestedPort), 256);
            s.setExecutor(executor);
            s.createContext("/", this::handle);
            s.start();
            this.server = s;
            this.port = s.getAddress().getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the UTM simulator on port " + requestedPort, e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (failWithStatus > 0) {
                respond(exchange, failWithStatus, "text/html", "<html><body>Service Unavailable</body></html>");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Matcher outDoc = OUT_DOC.matcher(path);
            Matcher inPost = IN_POST.matcher(path);
            if ("POST".equals(method) && inPost.matches()) {
                receive(exchange, inPost.group(1));
            } else if ("GET".equals(method) && path.equals("/opt/out")) {
                respondXml(exchange, 200, outList(queryParam(exchange, "replyId")));
            } else if ("GET".equals(method) && path.equals("/opt/in")) {
                respondXml(exchange, 200, inList());
            } else if (outDoc.matches() && "GET".equals(method)) {
                Optional<OutDocument> d = state.out(Long.parseLong(outDoc.group(2)));
                if (d.isPresent()) {
                    respondXml(exchange, 200, d.get().xml());
                } else {
                    respond(exchange, 404, "text/plain", "not found");
                }
            } else if (outDoc.matches() && "DELETE".equals(method)) {
                boolean deleted = state.deleteOut(Long.parseLong(outDoc.group(2)));
                respond(exchange, deleted ? 200 : 404, "text/plain", "");
            } else if ("GET".equals(method) && path.equals("/api/info/list")) {
                respond(exchange, 200, "application/json", infoJson());
            } else if ("GET".equals(method) && path.equals("/diagnosis")) {
                respondXml(exchange, 200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Diagnosis><CN>" + fsrarId
                        + "</CN><Version>4.2.0</Version></Diagnosis>");
            } else if ("GET".equals(method) && path.equals("/info/version")) {
                respond(exchange, 200, "text/plain", "4.2.0");
            } else {
                respond(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException e) {
            LOG.error("UTM simulator failed on " + exchange.getRequestURI(), e);
            respond(exchange, 500, "text/plain", "internal error");
        }
    }

    private void receive(HttpExchange exchange, String utmPath) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Optional<byte[]> file = MultipartXmlFile.extract(exchange.getRequestHeaders().getFirst("Content-Type"), body);
        if (file.isEmpty()) {
            respondXml(exchange, 200, errorAck("Не найден файл xml_file в запросе multipart/form-data"));
            return;
        }
        if (errorUnder200 != null) {
            respondXml(exchange, 200, errorAck(errorUnder200));
            return;
        }
        String xml = XmlText.decode(file.get());
        Optional<String> malformed = WellFormedness.problem(xml);
        if (malformed.isPresent()) {
            respondXml(exchange, 200, errorAck("Ошибка разбора XML: " + malformed.get()));
            return;
        }
        EnvelopeInfo envelope;
        try {
            envelope = EnvelopeReader.read(xml);
        } catch (XMLStreamException e) {
            respondXml(exchange, 200, errorAck("Документ не соответствует схеме WB_DOC_SINGLE_01: " + e.getMessage()));
            return;
        }
        if (!fsrarId.equals(envelope.ownerFsrarId())) {
            respondXml(exchange, 200, errorAck("Неверный FSRAR_ID в документе: " + envelope.ownerFsrarId()
                    + ", ключ выдан для " + fsrarId));
            return;
        }
        String replyId = UUID.randomUUID().toString();
        state.record(new ReceivedDocument(utmPath, envelope.documentElement(), replyId, xml));
        long now = System.currentTimeMillis();
        for (SimulatedEgais.Answer answer : egais.answer(envelope.documentElement(), xml, replyId)) {
            state.putOut(answer.urlType(), replyId, answer.xml(), now + answerDelay.toMillis() * answer.delaySteps());
        }
        respondXml(exchange, 200, "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<A><url>" + replyId
                + "</url><sign>" + UtmSignatures.fake(xml) + "</sign><ver>2</ver></A>");
    }

    private String outList(String replyId) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<A>");
        for (OutDocument d : state.visibleOut(System.currentTimeMillis(), replyId)) {
            sb.append("<url");
            if (d.replyId() != null) {
                sb.append(" replyId=\"").append(d.replyId()).append('"');
            }
            sb.append('>').append(url()).append("/opt/out/").append(d.urlType()).append('/').append(d.number())
                    .append("</url>");
        }
        return sb.append("<ver>2</ver></A>").toString();
    }

    private String inList() {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<A>");
        List<ReceivedDocument> received = state.received();
        for (int i = 0; i < received.size(); i++) {
            ReceivedDocument d = received.get(i);
            sb.append("<url replyId=\"").append(d.replyId()).append("\">").append(url()).append("/opt/in/")
                    .append(d.utmPath()).append('/').append(i + 1).append("</url>");
        }
        return sb.append("<ver>2</ver></A>").toString();
    }

    private String infoJson() {
        return "{\"version\":\"4.2.0\",\"contour\":\"test\",\"ownerId\":\"" + fsrarId + "\","
                + "\"rsa\":{\"isValid\":true,\"expireDate\":\"2027-11-23 10:00:00 +0300\"},"
                + "\"gost\":{\"isValid\":true,\"expireDate\":\"2027-11-23 10:00:00 +0300\"}}";
    }

    private static String errorAck(String text) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n<A><error>" + escape(text)
                + "</error><ver>2</ver></A>";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static void respondXml(HttpExchange exchange, int status, String xml) throws IOException {
        respond(exchange, status, "application/xml;charset=UTF-8", xml);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
