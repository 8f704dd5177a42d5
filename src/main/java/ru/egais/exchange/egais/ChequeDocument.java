package ru.egais.exchange.egais;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A retail cheque as EGAIS defines it (ChequeV3.xsd / ChequeV4.xsd): a sale or a return at a till ({@link Header}),
 * or a cashless retail sale against a bill ({@link HeaderTtn}); marked bottles, unmarked lines (beer) and, in
 * ChequeV4 only, draught sold by volume (catering).
 */
public record ChequeDocument(String fsrarId, Format format, String identity, Header header, HeaderTtn headerTtn,
                             List<Bottle> bottles, List<Nomark> nomarks, List<Catering> catering) {

    /** The document element, which is also the {@code type} of UTM's {@code POST /xml?type=…}. */
    public enum Format {
        ChequeV3, ChequeV4
    }

    /** A cheque of a till: its kassa (the till's serial number), shift and number within the shift. */
    public record Header(LocalDateTime date, String kassa, long shift, long number, String type) {
    }

    /** A cashless retail sale: the bill and the waybill it goes with. */
    public record HeaderTtn(LocalDate date, String billNumber, String ttnNumber, String type) {
    }

    public record Bottle(String barcode, String ean, BigDecimal price) {
    }

    /**
     * An unmarked line; {@code product} is ProductInfo_v2 as given (element name → text or nested object), since
     * its shape (producer, importer) is EGAIS's and the schema check says what is missing.
     */
    public record Nomark(String posIdentity, Map<String, Object> product, BigDecimal quantity, String ean,
                         BigDecimal price) {
    }

    /** Draught from a marked keg (ChequeV4): the keg's mark and the volume poured. */
    public record Catering(String barcode, String ean, BigDecimal price, long volume) {
    }

    public String chequeType() {
        return header != null ? header.type() : headerTtn.type();
    }
}
