package ru.egais.exchange.simulator;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A well-formed /opt/out list of any size (hundreds of megabytes), generated while it is sent and never held in
 * memory: entries name documents that do not exist, as a UTM whose store went wrong might list them.
 */
final class HugeList {

    private HugeList() {
    }

    static void send(HttpExchange exchange, String utmUrl, long bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/xml;charset=UTF-8");
        exchange.sendResponseHeaders(200, 0); // chunked: a real UTM does not announce its list's length either
        OutputStream out = exchange.getResponseBody();
        out.write((UtmProtocolAnswers.DECLARATION + "<A>\n").getBytes(StandardCharsets.UTF_8));
        StringBuilder chunk = new StringBuilder(70_000);
        long written = 0;
        for (long n = 1; written < bytes; n++) {
            chunk.append("    <url>").append(utmUrl).append("/opt/out/Ticket/").append(n).append("</url>\n");
            if (chunk.length() >= 64 * 1024) {
                byte[] b = chunk.toString().getBytes(StandardCharsets.UTF_8);
                out.write(b); // ends with an IOException once the client has read enough and closed
                written += b.length;
                chunk.setLength(0);
            }
        }
        out.write((chunk + "    <ver>2</ver>\n</A>").getBytes(StandardCharsets.UTF_8));
    }
}
