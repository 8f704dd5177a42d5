package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.BoxTree;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.egais.WaybillBox;
import ru.egais.exchange.testsupport.SharedEgais;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A waybill position's boxes (MarkInfo/boxpos) and packing (boxInfo/boxtree), as EGAIS sends them. */
class WaybillBoxesReaderTest {

    private static final String MARK = "22N000008XSG44YGEUT0P7T70424001006364JZKW012VT5XOLTCW4IJ9VGEOP44FTBX";

    @Test
    void aRealWaybillGivesEachBoxItsMarksAndThePalletItsBoxes() throws Exception {
        IncomingWaybill wb = SupplierDocumentReader.readWaybill(SharedEgais.sample("rkablukov-egais/WayBill_v3.xml"));
        IncomingWaybill.Position first = wb.positions().get(0);

        assertThat(first.boxes()).containsExactly(
                new WaybillBox("box-00112", List.of(MARK + "1", MARK + "2")),
                new WaybillBox("box-00113", List.of(MARK + "3", MARK + "4", MARK + "5")));
        // read as the schema declares boxtype: a bl's first boxnum is that level's own number, the rest its boxes
        assertThat(first.boxTree()).containsExactly(new BoxTree("box-01-001",
                List.of(new BoxTree("box-00112", List.of(new BoxTree("box-00113", List.of()))))));
        assertThat(first.marks()).containsExactly(MARK + "1", MARK + "2", MARK + "3", MARK + "4", MARK + "5");
    }

    @Test
    void aBoxWithoutNumberAndASingleBoxAreKept() throws Exception {
        IncomingWaybill wb = SupplierDocumentReader.readWaybill(SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828.xml"));
        IncomingWaybill.Position first = wb.positions().get(0);

        assertThat(first.boxes()).hasSize(1);
        assertThat(first.boxes().get(0).number()).isNull();
        assertThat(first.boxes().get(0).marks()).hasSize(3).isEqualTo(first.marks());
        assertThat(first.boxTree()).isEmpty();
    }

    @Test
    void nestedPalletsKeepTheirLevelsAndOneBoxPerPalletIsAList() throws Exception {
        IncomingWaybill wb = SupplierDocumentReader.readWaybill(waybill("""
                <ce:MarkInfo><ce:boxpos><ce:boxnumber>11</ce:boxnumber><ce:amclist><ce:amc>M1</ce:amc></ce:amclist></ce:boxpos></ce:MarkInfo>
                """, """
                <wb:boxInfo>
                  <wb:boxtree><ce:boxnum>P1</ce:boxnum>
                    <ce:bl><ce:boxnum>L1</ce:boxnum><ce:boxnum>11</ce:boxnum></ce:bl>
                    <ce:bl><ce:boxnum>L2</ce:boxnum><ce:bl><ce:boxnum>L3</ce:boxnum><ce:boxnum>12</ce:boxnum><ce:boxnum>13</ce:boxnum></ce:bl></ce:bl>
                  </wb:boxtree>
                  <wb:boxtree><ce:boxnum>P2</ce:boxnum></wb:boxtree>
                </wb:boxInfo>
                """));
        IncomingWaybill.Position p = wb.positions().get(0);

        assertThat(p.boxes()).containsExactly(new WaybillBox("11", List.of("M1")));
        assertThat(p.boxTree()).containsExactly(
                new BoxTree("P1", List.of(
                        new BoxTree("L1", List.of(new BoxTree("11", List.of()))),
                        new BoxTree("L2", List.of(new BoxTree("L3", List.of(
                                new BoxTree("12", List.of()), new BoxTree("13", List.of()))))))),
                new BoxTree("P2", List.of()));
    }

    @Test
    void aPositionWithoutBoxesHasNone() throws Exception {
        IncomingWaybill.Position p = SupplierDocumentReader.readWaybill(waybill("", "")).positions().get(0);
        assertThat(p.boxes()).isEmpty();
        assertThat(p.boxTree()).isEmpty();
        assertThat(p.marks()).isEmpty();
    }

    private static String waybill(String markInfo, String boxInfo) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01" xmlns:wb="http://fsrar.ru/WEGAIS/TTNSingle_v4"
                              xmlns:ce="http://fsrar.ru/WEGAIS/CommonV3">
                  <ns:Owner><ns:FSRAR_ID>030000000001</ns:FSRAR_ID></ns:Owner>
                  <ns:Document><ns:WayBill_v4>
                    <wb:Identity>w-1</wb:Identity>
                    <wb:Header><wb:NUMBER>1</wb:NUMBER><wb:Date>2026-12-01</wb:Date></wb:Header>
                    <wb:Content><wb:Position>
                      <wb:Identity>1</wb:Identity><wb:Quantity>3</wb:Quantity>
                      <wb:InformF2><ce:F2RegId>FB-1</ce:F2RegId>%s</wb:InformF2>
                      %s
                    </wb:Position></wb:Content>
                  </ns:WayBill_v4></ns:Document>
                </ns:Documents>
                """.formatted(markInfo, boxInfo);
    }
}
