package ru.egais.exchange.simulator;

import java.util.List;

/**
 * The {@code <A>} documents UTM answers with, laid out as real UTM output is (declaration with
 * {@code standalone="no"}, one element per line, four-space indent; shared/egais/samples/selyutinartyom-UTM).
 */
final class UtmProtocolAnswers {

    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
    static final String VERSION = "2";

    /** One entry of a document list: its URL and, when it answers one of the client's POSTs, the replyId. */
    record Entry(String url, String replyId) {
    }

    private UtmProtocolAnswers() {
    }

    static String ack(String replyId, String sign) {
        return DECLARATION + "<A>\n    <url>" + replyId + "</url>\n    <sign>" + sign + "</sign>\n    <ver>" + VERSION
                + "</ver>\n</A>";
    }

    static String error(String text) {
        return DECLARATION + "<A>\n    <error>" + escape(text) + "</error>\n    <ver>" + VERSION + "</ver>\n</A>";
    }

    static String list(List<Entry> entries) {
        StringBuilder sb = new StringBuilder(DECLARATION).append("<A>\n");
        for (Entry e : entries) {
            sb.append("    <url");
            if (e.replyId() != null) {
                sb.append(" replyId=\"").append(escape(e.replyId())).append('"');
            }
            sb.append('>').append(escape(e.url())).append("</url>\n");
        }
        return sb.append("    <ver>").append(VERSION).append("</ver>\n</A>").toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
