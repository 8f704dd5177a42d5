package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.RestsPosition;
import ru.egais.exchange.egais.RestsVisitor;

import javax.xml.stream.XMLStreamException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RestsReaderTest {

    private static List<RestsPosition> read(String xml, String[] date) throws XMLStreamException {
        List<RestsPosition> positions = new ArrayList<>();
        RestsReader.read(new StringReader(xml), new RestsVisitor() {
            @Override
            public void restsDate(String d) {
                date[0] = d;
            }

            @Override
            public void position(RestsPosition p) {
                positions.add(p);
            }
        });
        return positions;
    }

    @Test
    void readsEachPositionWithItsOwnProductFieldsWhateverThePrefixes() throws Exception {
        String xml = "<a:Documents xmlns:a=\"x\" xmlns:b=\"y\" xmlns:p=\"z\"><a:Document><b:ReplyRests_v2>"
                + "<b:RestsDate>2026-11-30T09:00:00.123</b:RestsDate><b:Products>"
                + "<b:StockPosition><b:Product><p:FullName>Водка</p:FullName><p:AlcCode>A1</p:AlcCode>"
                + "<p:Capacity>0.7000</p:Capacity><p:Producer><o:UL xmlns:o=\"o\"><o:FullName>Завод</o:FullName></o:UL></p:Producer>"
                + "</b:Product><b:Quantity>12.5</b:Quantity><b:InformF1RegId>FA-1</b:InformF1RegId>"
                + "<b:InformF2RegId>FB-1</b:InformF2RegId><b:Unexpected><b:Quantity>999</b:Quantity></b:Unexpected></b:StockPosition>"
                + "<b:StockPosition><b:Product><p:Producer><o:UL xmlns:o=\"o\"><o:FullName>Завод</o:FullName></o:UL></p:Producer>"
                + "<p:AlcCode>A2</p:AlcCode></b:Product><b:Quantity>bad</b:Quantity></b:StockPosition>"
                + "</b:Products></b:ReplyRests_v2></a:Document></a:Documents>";
        String[] date = new String[1];
        List<RestsPosition> positions = read(xml, date);
        assertThat(date[0]).isEqualTo("2026-11-30T09:00:00.123");
        assertThat(positions).containsExactly(
                new RestsPosition("FA-1", "FB-1", "A1", "Водка", new BigDecimal("0.7000"), new BigDecimal("12.5")),
                new RestsPosition(null, null, "A2", null, null, null));
    }

    @Test
    void refusesADoctype() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<r><StockPosition><Product><FullName>&e;</FullName></Product></StockPosition></r>";
        assertThatThrownBy(() -> read(xml, new String[1])).isInstanceOf(XMLStreamException.class);
    }
}
