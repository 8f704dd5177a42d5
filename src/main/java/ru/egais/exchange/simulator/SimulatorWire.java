package ru.egais.exchange.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How the simulated UTM puts an answer on the wire, with the faults that spoil it there: garbage bytes in place of
 * XML, and a body trickled a byte at a time.
 */
final class SimulatorWire {

    private static final byte[] GARBAGE = {(byte) 0xFF, (byte) 0xFE, 'N', 'o', 't', ' ', 'X', 'M', 'L', 0, '<', '>'};

    private final UtmSimulator utm;

    SimulatorWire(UtmSimulator utm) {
        this.utm = utm;
    }

    void respondXml(HttpExchange exchange, String xml) throws IOException {
        if (utm.faults.garbage) {
            exchange.getResponseHeaders().set("Content-Type", "application/xml");
            exchange.sendResponseHeaders(200, GARBAGE.length);
            exchange.getResponseBody().write(GARBAGE);
            return;
        }
        respond(exchange, 200, "application/xml;charset=UTF-8", xml);
    }

    void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            write(exchange, bytes);
        }
    }

    /** Writes a body, a byte at a time with a pause between when the UTM trickles. */
    void write(HttpExchange exchange, byte[] bytes) throws IOException {
        int pause = utm.faults.trickleMillis;
        if (pause <= 0) {
            exchange.getResponseBody().write(bytes);
            return;
        }
        for (byte b : bytes) {
            exchange.getResponseBody().write(b);
            exchange.getResponseBody().flush();
            sleep(pause);
        }
    }

    static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
