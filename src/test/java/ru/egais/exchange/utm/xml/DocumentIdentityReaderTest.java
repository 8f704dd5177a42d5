package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Identity a ticket quotes is the document's own, never a position's. */
class DocumentIdentityReaderTest {

    private static String act(String header, String content) {
        return "<?xml version='1.0' encoding='UTF-8'?><ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\" "
                + "xmlns:wa=\"http://fsrar.ru/WEGAIS/ActTTNSingle_v4\"><ns:Owner><ns:FSRAR_ID>030000000000</ns:FSRAR_ID>"
                + "</ns:Owner><ns:Document><ns:WayBillAct_v4>" + header + "<wa:Header><wa:IsAccept>Accepted</wa:IsAccept>"
                + "</wa:Header><wa:Content>" + content + "</wa:Content></ns:WayBillAct_v4></ns:Document></ns:Documents>";
    }

    @Test
    void readsTheDocumentsIdentity() throws Exception {
        assertThat(DocumentIdentityReader.read(act("<wa:Identity> act-17 </wa:Identity>",
                "<wa:Position><wa:Identity>1</wa:Identity></wa:Position>"))).contains("act-17");
    }

    @Test
    void aPositionsIdentityIsNotTheDocuments() throws Exception {
        assertThat(DocumentIdentityReader.read(act("", "<wa:Position><wa:Identity>1</wa:Identity></wa:Position>")))
                .isEmpty();
        assertThat(DocumentIdentityReader.read(act("<wa:Identity> </wa:Identity>", ""))).isEmpty();
    }

    @Test
    void refusesADtd() {
        assertThatThrownBy(() -> DocumentIdentityReader.read("<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM "
                + "\"file:///etc/passwd\">]><ns:Documents xmlns:ns=\"x\"><ns:Document><a><Identity>&e;</Identity></a>"
                + "</ns:Document></ns:Documents>")).isInstanceOf(Exception.class);
    }
}
