package ru.egais.exchange.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jboss.logging.Logger;
import ru.egais.exchange.utm.xml.XmlText;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The simulated UTM's HTTP surface: /opt/in, /opt/out, /api/info/list, /diagnosis, /info/version, /info/xsd. */
final class UtmHttpHandler implements HttpHandler {

    private static final Logger LOG = Logger.getLogger(UtmHttpHandler.class);
    private static final Pattern OUT_DOC = Pattern.compile("^/opt/out/([^/]+)/([0-9]+)$");
    private static final Pattern IN_POST = Pattern.compile("^/opt/in/([^/]+)$");
    private static final Pattern IN_DOC = Pattern.compile("^/opt/in/([^/]+)/([0-9]+)$");
    private static final Pattern XSD = Pattern.compile("^/info/xsd/([A-Za-z0-9_.-]+\\.xsd)$");
    private static final String VERSION = "4.2.0";

    private final UtmSimulator utm;
    private final SimulatedPosts posts;
    private final SimulatorWire wire;

    UtmHttpHandler(UtmSimulator utm) {
        this.utm = utm;
        this.posts = new SimulatedPosts(utm);
        this.wire = new SimulatorWire(utm);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SimulatorFaults faults = utm.faults;
            if (faults.delayMillis > 0) {
                SimulatorWire.sleep(faults.delayMillis);
            }
            if (faults.httpStatus > 0) {
                wire.respond(exchange, faults.httpStatus, "text/html", "<html><body><h1>HTTP Status " + faults.httpStatus
                        + "</h1></body></html>");
                return;
            }
            route(exchange);
        } catch (RuntimeException e) {
            LOG.error("UTM simulator failed on " + exchange.getRequestURI(), e);
            wire.respond(exchange, 500, "text/plain", "internal error");
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        Matcher outDoc = OUT_DOC.matcher(path);
        Matcher inPost = IN_POST.matcher(path);
        Matcher xsd = XSD.matcher(path);
        Matcher inDoc = IN_DOC.matcher(path);
        if ("POST".equals(method) && inPost.matches()) {
            String answer = posts.receive(contentType(exchange), exchange.getRequestBody().readAllBytes(), inPost.group(1));
            if (utm.faults.loseAnswers) {
                // Taken, but the answer is lost: announce a body and close before it, so the client sees EOF.
                exchange.sendResponseHeaders(200, 1000);
                return;
            }
            wire.respondXml(exchange, answer);
        } else if ("POST".equals(method) && path.equals("/xml")) {
            String answer = posts.signCheque(contentType(exchange), exchange.getRequestBody().readAllBytes());
            if (utm.faults.loseAnswers) {
                exchange.sendResponseHeaders(200, 1000); // signed, but the answer never arrives
                return;
            }
            wire.respondXml(exchange, answer);
        } else if ("GET".equals(method) && path.equals("/opt/out") && utm.faults.hugeListBytes > 0) {
            HugeList.send(exchange, utm.url(), utm.faults.hugeListBytes);
        } else if ("GET".equals(method) && path.equals("/opt/out")) {
            wire.respondXml(exchange, outList(queryParam(exchange, "replyId")));
        } else if ("GET".equals(method) && path.equals("/opt/in")) {
            wire.respondXml(exchange, inList());
        } else if ("GET".equals(method) && inDoc.matches()) {
            List<ReceivedDocument> received = utm.state.received();
            int n = Integer.parseInt(inDoc.group(2));
            if (n >= 1 && n <= received.size()) {
                wire.respondXml(exchange, received.get(n - 1).xml());
            } else {
                wire.respond(exchange, 404, "text/plain", "not found");
            }
        } else if ("GET".equals(method) && outDoc.matches()) {
            Optional<OutDocument> d = utm.state.out(Long.parseLong(outDoc.group(2)));
            if (d.isPresent() && d.get().raw() != null) {
                exchange.getResponseHeaders().set("Content-Type", "application/xml");
                exchange.sendResponseHeaders(200, d.get().raw().length);
                wire.write(exchange, d.get().raw());
            } else if (d.isPresent()) {
                wire.respondXml(exchange, d.get().xml().get());
            } else {
                wire.respond(exchange, 404, "text/plain", "not found");
            }
        } else if ("DELETE".equals(method) && outDoc.matches()) {
            long n = Long.parseLong(outDoc.group(2));
            boolean deleted = utm.faults.loseDeletes ? utm.state.out(n).isPresent() : utm.state.deleteOut(n);
            wire.respond(exchange, deleted ? 200 : 404, "text/plain", "");
        } else if ("GET".equals(method) && path.equals("/api/info/list")) {
            wire.respond(exchange, 200, "application/json", "{\"version\":\"" + VERSION + "\",\"contour\":\"test\","
                    + "\"ownerId\":\"" + keyOwner() + "\","
                    + "\"rsa\":" + certificate(utm.rsaExpiry) + ",\"gost\":" + certificate(utm.gostExpiry) + "}");
        } else if ("GET".equals(method) && path.equals("/diagnosis")) {
            wire.respondXml(exchange, UtmProtocolAnswers.DECLARATION + "<Diagnosis>\n    <CN>" + keyOwner()
                    + "</CN>\n    <Version>" + VERSION + "</Version>\n</Diagnosis>");
        } else if ("GET".equals(method) && path.equals("/info/version")) {
            wire.respond(exchange, 200, "text/plain", VERSION);
        } else if ("GET".equals(method) && (path.equals("/info/xsd") || path.equals("/info/xsd/"))) {
            schemaIndex(exchange);
        } else if ("GET".equals(method) && xsd.matches()) {
            schema(exchange, xsd.group(1));
        } else {
            wire.respond(exchange, 404, "text/plain", "not found");
        }
    }

    /** One certificate as UTM's /api/info/list shows it: validity and "yyyy-MM-dd HH:mm:ss +zzzz" (PROTOCOL.md). */
    private static String certificate(java.time.OffsetDateTime expiry) {
        boolean valid = expiry.isAfter(java.time.OffsetDateTime.now());
        return "{\"isValid\":" + valid + ",\"expireDate\":\""
                + expiry.format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z")) + "\"}";
    }

    /** The FSRAR ID of the key in the token: the organization's own, unless the fault names another store's. */
    private String keyOwner() {
        return utm.faults.keyOf != null ? utm.faults.keyOf : utm.fsrarId();
    }

    private String outList(String replyId) {
        List<UtmProtocolAnswers.Entry> entries = new ArrayList<>();
        if (replyId == null) {
            utm.faults.extraListed.forEach(u -> entries.add(new UtmProtocolAnswers.Entry(u, null)));
        }
        for (OutDocument d : utm.state.visibleOut(System.currentTimeMillis(), replyId)) {
            UtmProtocolAnswers.Entry entry = new UtmProtocolAnswers.Entry(
                    utm.url() + "/opt/out/" + d.urlType() + "/" + d.number(), d.replyId());
            entries.add(entry);
            if (utm.faults.listTwice) {
                entries.add(entry);
            }
        }
        return UtmProtocolAnswers.list(entries);
    }

    private String inList() {
        List<UtmProtocolAnswers.Entry> entries = new ArrayList<>();
        List<ReceivedDocument> received = utm.state.received();
        for (int i = 0; i < received.size(); i++) {
            ReceivedDocument d = received.get(i);
            entries.add(new UtmProtocolAnswers.Entry(utm.url() + "/opt/in/" + d.utmPath() + "/" + (i + 1), d.replyId()));
        }
        return UtmProtocolAnswers.list(entries);
    }

    /** The UTM web UI lists its schemas as links; each link is a page with the XSD text inside {@code <pre>}. */
    private void schemaIndex(HttpExchange exchange) throws IOException {
        Path folder = utm.schemaFolder;
        if (folder == null) {
            wire.respond(exchange, 404, "text/plain", "no schemas");
            return;
        }
        StringBuilder html = new StringBuilder("<html><body><ul>\n");
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".xsd")).sorted()
                    .forEach(n -> html.append("<li><a href=\"info/xsd/").append(n).append("\">").append(n)
                            .append("</a></li>\n"));
        }
        wire.respond(exchange, 200, "text/html;charset=UTF-8", html.append("</ul></body></html>").toString());
    }

    private void schema(HttpExchange exchange, String name) throws IOException {
        Path folder = utm.schemaFolder;
        Path file = folder == null ? null : folder.resolve(name);
        if (file == null || !Files.isRegularFile(file)) {
            wire.respond(exchange, 404, "text/plain", "not found");
            return;
        }
        String text = XmlText.decode(Files.readAllBytes(file));
        wire.respond(exchange, 200, "text/html;charset=UTF-8", "<html><body><pre>" + UtmProtocolAnswers.escape(text)
                + "</pre></body></html>");
    }

    private static String contentType(HttpExchange exchange) {
        return exchange.getRequestHeaders().getFirst("Content-Type");
    }

    private static String queryParam(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }


}
