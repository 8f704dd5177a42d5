package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.testsupport.SharedEgais;

import static org.assertj.core.api.Assertions.assertThat;

/** Supplier documents read from real UTM files, with lists shaped as the schemas declare them. */
class SupplierDocumentReaderTest {

    @Test
    void anOldWaybillQuotesTheShipperRecordFromItsInformBItemList() throws Exception {
        IncomingWaybill wb = SupplierDocumentReader.readWaybill(SharedEgais.sample("selyutinartyom-UTM/opt_out/WayBill_123.xml"));
        assertThat(wb.positions().get(0).identity()).isEqualTo("1");
        assertThat(wb.positions().get(0).shipperF2RegId()).isEqualTo("FB-000000003385637");
    }
}
