package ru.egais.exchange.simulator;

import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.StaxCursor;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The simulated UTM's till desk, {@code POST /xml}: signs a ChequeV3/ChequeV4 and answers the receipt's QR link
 * ({@code https://check.egais.ru?id=…&dt=ddMMyyHHmm&cn=FSRAR_ID}, PROTOCOL.md §2). A mark is sold once: a sale of a
 * sold mark, or a return of a mark not sold, is refused with {@code <error>}, as EGAIS does. A cheque posted twice
 * is simply a second cheque here: the UTM keys nothing by kassa, shift and number.
 */
final class SimulatedCheques {

    private static final DateTimeFormatter DT = DateTimeFormatter.ofPattern("ddMMyyHHmm");

    private final String fsrarId;
    private final Set<String> sold = new HashSet<>();
    private final List<String> signed = new ArrayList<>();
    private int posted;

    SimulatedCheques(String fsrarId) {
        this.fsrarId = fsrarId;
    }

    /** What the cheque says that the desk checks. */
    private record Scan(String root, String owner, String element, String date, String type, List<String> marks) {
    }

    synchronized String sign(String xml) {
        posted++;
        Scan scan;
        try {
            scan = scan(xml);
        } catch (XMLStreamException e) {
            return UtmProtocolAnswers.error("Ошибка разбора XML: " + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
        if (!"Documents".equals(scan.root()) || !("ChequeV3".equals(scan.element()) || "ChequeV4".equals(scan.element()))) {
            return UtmProtocolAnswers.error("Документ не является чеком ChequeV3/ChequeV4: " + scan.element());
        }
        if (!fsrarId.equals(scan.owner())) {
            return UtmProtocolAnswers.error("Неверный FSRAR_ID в документе: " + scan.owner() + ", ключ выдан для " + fsrarId);
        }
        boolean sale = "Продажа".equals(scan.type());
        for (String mark : scan.marks()) {
            if (sale && sold.contains(mark)) {
                return UtmProtocolAnswers.error("Марка " + mark + " уже продана");
            }
            if (!sale && !sold.contains(mark)) {
                return UtmProtocolAnswers.error("Возврат марки " + mark + ", которая не была продана");
            }
        }
        if (sale) {
            sold.addAll(scan.marks());
        } else {
            scan.marks().forEach(sold::remove);
        }
        signed.add(xml);
        String url = "https://check.egais.ru?id=" + UUID.randomUUID() + "&dt=" + dt(scan.date()) + "&cn=" + fsrarId;
        return UtmProtocolAnswers.DECLARATION + "<A>\n    <url>" + UtmProtocolAnswers.escape(url) + "</url>\n    <sign>"
                + UtmSignatures.fake(xml) + "</sign>\n    <ver>2</ver>\n</A>";
    }

    synchronized int postedCount() {
        return posted;
    }

    synchronized int signedCount() {
        return signed.size();
    }

    synchronized Set<String> soldMarks() {
        return Set.copyOf(sold);
    }

    private static String dt(String date) {
        try {
            return date.length() > 10 ? LocalDateTime.parse(date).format(DT) : LocalDate.parse(date).atStartOfDay().format(DT);
        } catch (RuntimeException e) {
            return LocalDateTime.now().format(DT);
        }
    }

    private static Scan scan(String xml) throws XMLStreamException {
        XMLStreamReader r = null;
        String root = null;
        String owner = null;
        String element = null;
        String date = null;
        String type = null;
        List<String> marks = new ArrayList<>();
        try {
            r = SecureXml.reader(xml);
            String parent = null;
            boolean underDocument = false;
            while (r.hasNext()) {
                if (r.next() != XMLStreamReader.START_ELEMENT) {
                    if (r.getEventType() == XMLStreamReader.END_ELEMENT) {
                        parent = null;
                    }
                    continue;
                }
                String name = r.getLocalName();
                if (root == null) {
                    root = name;
                } else if (underDocument && element == null) {
                    element = name;
                } else if (name.equals("FSRAR_ID") && owner == null) {
                    owner = StaxCursor.text(r);
                    continue;
                } else if (name.equals("Date") && date == null) {
                    date = StaxCursor.text(r);
                    continue;
                } else if (name.equals("Type") && type == null) {
                    type = StaxCursor.text(r);
                    continue;
                } else if (name.equals("Barcode") && "Bottle".equals(parent)) {
                    marks.add(StaxCursor.text(r));
                    continue;
                }
                underDocument = "Document".equals(name);
                parent = name;
            }
        } finally {
            StaxCursor.closeQuietly(r);
        }
        return new Scan(root, owner, element, date, type, marks);
    }
}
