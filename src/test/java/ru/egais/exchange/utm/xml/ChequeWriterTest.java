package ru.egais.exchange.utm.xml;

import ru.egais.exchange.utm.SchemaValidator;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.cheque.Cheques;
import ru.egais.exchange.egais.ChequeDocument;
import ru.egais.exchange.testsupport.SharedEgais;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** ChequeV3 / ChequeV4 as written for UTM's /xml: valid against the official schemas, the same bytes for the same cheque. */
class ChequeWriterTest {

    static final String FSRAR = "030000000001";
    static final LocalDateTime AT = LocalDateTime.of(2026, 12, 1, 10, 15, 0);

    static ChequeDocument sale(ChequeDocument.Format format, String price) {
        return new ChequeDocument(FSRAR, format, null,
                new ChequeDocument.Header(AT, "KKT-00012345", 7, 42, "Продажа"), null,
                List.of(new ChequeDocument.Bottle(Cheques.newMark(), "4600000000008", new BigDecimal(price))),
                List.of(), List.of());
    }

    static List<String> documents() {
        String mark = Cheques.newMark();
        return List.of(
                ChequeWriter.write(sale(ChequeDocument.Format.ChequeV3, "499.9")),
                ChequeWriter.write(new ChequeDocument(FSRAR, ChequeDocument.Format.ChequeV3, "chk-1", null,
                        new ChequeDocument.HeaderTtn(LocalDate.of(2026, 12, 1), "СЧ-17", "ТТН-5", "Возврат"),
                        List.of(new ChequeDocument.Bottle(mark, "46000000", BigDecimal.TEN)), List.of(), List.of())),
                ChequeWriter.write(new ChequeDocument(FSRAR, ChequeDocument.Format.ChequeV3, null,
                        new ChequeDocument.Header(AT, "1", 1, 1, "Продажа"), null, List.of(),
                        List.of(new ChequeDocument.Nomark("1", Cheques.beerProduct(), new BigDecimal("2"),
                                "4600000000008", new BigDecimal("89.00"))), List.of())),
                ChequeWriter.write(new ChequeDocument(FSRAR, ChequeDocument.Format.ChequeV4, null,
                        new ChequeDocument.Header(AT, "1", 1, 2, "Продажа"), null,
                        List.of(new ChequeDocument.Bottle(mark, "4600000000008", BigDecimal.ONE)), List.of(),
                        List.of(new ChequeDocument.Catering(Cheques.newMark(), null, new BigDecimal("150"), 500)))));
    }

    @Test
    void validAgainstTheOfficialSchemas() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        for (String xml : documents()) {
            assertThat(validator.validate(xml)).as(xml).isEmpty();
        }
    }

    @Test
    void aMarkNotInTheEgaisFormatIsRefusedByTheSchema() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        ChequeDocument bad = new ChequeDocument(FSRAR, ChequeDocument.Format.ChequeV3, null,
                new ChequeDocument.Header(AT, "1", 1, 1, "Продажа"), null,
                List.of(new ChequeDocument.Bottle("not-a-mark", "4600000000008", BigDecimal.ONE)), List.of(), List.of());
        assertThat(validator.validate(ChequeWriter.write(bad))).isPresent();
    }

    @Test
    void theSameChequeIsTheSameBytesWhateverThePriceScale() {
        ChequeDocument a = sale(ChequeDocument.Format.ChequeV3, "500");
        ChequeDocument b = new ChequeDocument(a.fsrarId(), a.format(), null, a.header(), null,
                List.of(new ChequeDocument.Bottle(a.bottles().get(0).barcode(), "4600000000008", new BigDecimal("500.000"))),
                List.of(), List.of());
        assertThat(ChequeWriter.write(b)).isEqualTo(ChequeWriter.write(a)).contains("<ck:Price>500.00</ck:Price>");
    }

    @Test
    void headerCarriesTheTillsLocalTimeWithoutZone() {
        String xml = ChequeWriter.write(sale(ChequeDocument.Format.ChequeV3, "1"));
        assertThat(xml).contains("<ck:Date>2026-12-01T10:15:00</ck:Date>", "<ck:Kassa>KKT-00012345</ck:Kassa>",
                "<ck:Shift>7</ck:Shift>", "<ck:Number>42</ck:Number>", "<ns:ChequeV3>",
                "xmlns:ck=\"http://fsrar.ru/WEGAIS/ChequeV3\"");
    }
}
