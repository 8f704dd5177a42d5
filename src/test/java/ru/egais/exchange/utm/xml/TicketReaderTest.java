package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.egais.Ticket;
import ru.egais.exchange.testsupport.SharedEgais;

import static org.assertj.core.api.Assertions.assertThat;

class TicketReaderTest {

    @Test
    void readsRealOperationResultTicket() throws Exception {
        String xml = SharedEgais.sample("selyutinartyom-UTM/opt_out/Ticket_4.xml");
        Ticket t = TicketReader.read(xml);
        assertThat(t.transportId()).isEqualTo("349a50a4-367d-4bb3-8dca-6b149062902b");
        assertThat(t.regId()).isEqualTo("TTN-0014396814");
        assertThat(t.docType()).isEqualTo("WAYBILL");
        assertThat(t.ticketDate()).isEqualTo("2016-03-17T14:53:04.5833905");
        assertThat(t.result()).isNull();
        assertThat(t.operationResult().accepted()).isTrue();
        assertThat(t.operationResult().name()).isEqualTo("Confirm");
        assertThat(t.operationResult().comment()).contains("подтверждена");

        EnvelopeInfo envelope = EnvelopeReader.read(xml);
        assertThat(envelope.ownerFsrarId()).isEqualTo("3463047");
        assertThat(envelope.documentElement()).isEqualTo("Ticket");
    }

    @Test
    void readsResultTicketWithOtherPrefixesAndFieldsInAnyOrder() throws Exception {
        String xml = """
                \uFEFF<?xml version="1.0" encoding="UTF-8"?>
                <d:Documents xmlns:d="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01">
                  <d:Owner><d:FSRAR_ID>030000000001</d:FSRAR_ID></d:Owner>
                  <d:Document><d:Ticket>
                    <t:Result xmlns:t="http://fsrar.ru/WEGAIS/Ticket">
                      <t:Comments>Документ не прошел проверку</t:Comments>
                      <t:Conclusion>Rejected</t:Conclusion>
                      <t:ConclusionDate>2026-11-23T10:00:00</t:ConclusionDate>
                    </t:Result>
                    <t:TransportId xmlns:t="http://fsrar.ru/WEGAIS/Ticket">abc</t:TransportId>
                    <t:DocType xmlns:t="http://fsrar.ru/WEGAIS/Ticket">WayBillAct_v4</t:DocType>
                  </d:Ticket></d:Document>
                </d:Documents>""".strip();
        Ticket t = TicketReader.read(xml);
        assertThat(t.transportId()).isEqualTo("abc");
        assertThat(t.result().accepted()).isFalse();
        assertThat(t.result().comment()).isEqualTo("Документ не прошел проверку");
        assertThat(t.operationResult()).isNull();
    }

    @Test
    void envelopeOfRealV4DocumentsDispatchesOnElementNotUrl() throws Exception {
        assertThat(EnvelopeReader.read(SharedEgais.sample("tfyr-kirsa-plugin/FORM2REGINFO.xml")).documentElement())
                .isEqualTo("TTNInformF2Reg");
        assertThat(EnvelopeReader.read(SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828.xml")).documentElement())
                .isEqualTo("WayBill_v4");
    }
}
