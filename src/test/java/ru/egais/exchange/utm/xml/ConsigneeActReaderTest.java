package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.ConsigneeAct;
import ru.egais.exchange.testsupport.SharedEgais;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The consignee's WayBillAct on a waybill we shipped, in the oldest and the newest format. */
class ConsigneeActReaderTest {

    @Test
    void aRealOldActWithAnEmptyContentIsAnAcceptanceWithoutPositions() throws Exception {
        ConsigneeAct act = SupplierDocumentReader.readConsigneeAct(
                SharedEgais.sample("selyutinartyom-UTM/opt_in/WayBillAct_123.xml"));
        assertThat(act.isAccept()).isEqualTo("Accepted");
        assertThat(act.actNumber()).isEqualTo("307 - act1");
        assertThat(act.actDate()).isEqualTo("2016-01-13");
        assertThat(act.wbRegId()).isEqualTo("TTN-0001357143");
        assertThat(act.positions()).isEmpty();
    }

    @Test
    void aDifferencesActGivesEachPositionItsRealQuantityAndMarks() throws Exception {
        ConsigneeAct act = SupplierDocumentReader.readConsigneeAct("""
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01" xmlns:x="http://fsrar.ru/WEGAIS/ActTTNSingle_v4"
                              xmlns:ce="http://fsrar.ru/WEGAIS/CommonV3">
                  <ns:Owner><ns:FSRAR_ID>010038062164</ns:FSRAR_ID></ns:Owner>
                  <ns:Document><ns:WayBillAct_v4>
                    <x:Identity>a-1</x:Identity>
                    <x:Header><x:IsAccept>Differences</x:IsAccept><x:ACTNUMBER>7</x:ACTNUMBER><x:ActDate>2026-12-01</x:ActDate>
                      <x:WBRegId>TTN-0000000042</x:WBRegId><x:Note>бой</x:Note></x:Header>
                    <x:Content>
                      <x:Position><x:Identity>10</x:Identity><x:InformF2RegId>FB-2</x:InformF2RegId><x:RealQuantity>0</x:RealQuantity>
                        <x:MarkInfo><ce:amc>M1</ce:amc><ce:amc>M2</ce:amc></x:MarkInfo></x:Position>
                      <x:Position><x:Identity>2</x:Identity><x:InformF2RegId>FB-1</x:InformF2RegId><x:RealQuantity>1.5</x:RealQuantity></x:Position>
                    </x:Content>
                  </ns:WayBillAct_v4></ns:Document>
                </ns:Documents>
                """);
        assertThat(act.isAccept()).isEqualTo("Differences");
        assertThat(act.note()).isEqualTo("бой");
        assertThat(act.wbRegId()).isEqualTo("TTN-0000000042");
        assertThat(act.positions()).containsExactly(
                new ConsigneeAct.Position("10", "FB-2", "0", List.of("M1", "M2")),
                new ConsigneeAct.Position("2", "FB-1", "1.5", List.of()));
    }
}
