package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.ClassifierEntries;

import javax.xml.stream.XMLStreamException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierReplyReaderTest {

    private static final String ENVELOPE_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01">
            <ns:Owner><ns:FSRAR_ID>030000123456</ns:FSRAR_ID></ns:Owner><ns:Document>""";
    private static final String ENVELOPE_END = "</ns:Document></ns:Documents>";

    private static ClassifierEntries read(String body) throws XMLStreamException {
        return ClassifierReplyReader.read(new StringReader(ENVELOPE_START + body + ENVELOPE_END));
    }

    @Test
    void productsAreReadWithTheirProducerWhateverThePrefixes() throws Exception {
        ClassifierEntries e = read("""
                <ns:ReplyAP_v2 xmlns:rap="http://fsrar.ru/WEGAIS/ReplyAP_v2"><rap:Products>
                  <rap:Product xmlns:p="http://fsrar.ru/WEGAIS/ProductRef_v2">
                    <p:UnitType>Packed</p:UnitType><p:FullName>Водка "Пшеничная"</p:FullName>
                    <p:AlcCode>0000000000012345678</p:AlcCode><p:Capacity>0.5000</p:Capacity>
                    <p:AlcVolume>40.000</p:AlcVolume>
                    <p:Producer><o:UL xmlns:o="http://fsrar.ru/WEGAIS/ClientRef_v2">
                      <o:ClientRegId>010000000001</o:ClientRegId><o:FullName>АО "Завод"</o:FullName>
                      <o:ShortName>Завод</o:ShortName><o:INN>7701000001</o:INN><o:KPP>770101001</o:KPP>
                      <o:address><o:Country>643</o:Country><o:description>Москва</o:description></o:address>
                    </o:UL></p:Producer>
                    <p:ProductVCode>200</p:ProductVCode><p:Unexpected><p:Deep>x</p:Deep></p:Unexpected>
                  </rap:Product>
                  <rap:Product><p:FullName xmlns:p="urn:x">no alcocode: skipped</p:FullName></rap:Product>
                </rap:Products></ns:ReplyAP_v2>""");

        assertThat(e.products()).hasSize(1);
        ClassifierEntries.Product p = e.products().get(0);
        assertThat(p.alcCode()).isEqualTo("0000000000012345678");
        assertThat(p.fullName()).isEqualTo("Водка \"Пшеничная\"");
        assertThat(p.capacity()).isEqualTo("0.5000");
        assertThat(p.alcVolume()).isEqualTo("40.000");
        assertThat(p.productVCode()).isEqualTo("200");
        assertThat(p.producer()).isEqualTo(new ClassifierEntries.Partner("010000000001", "UL", "7701000001",
                "770101001", "АО \"Завод\"", "Завод", "Москва", null));
        assertThat(e.partners()).containsExactly(p.producer());
    }

    @Test
    void clientsOfReplyClientV2AreReadWithTheirKindAndState() throws Exception {
        ClassifierEntries e = read("""
                <ns:ReplyClient_v2 xmlns:rc="http://fsrar.ru/WEGAIS/ReplyClient_v2"
                                   xmlns:oref="http://fsrar.ru/WEGAIS/ClientRef_v2"><rc:Clients>
                  <rc:Client><oref:OrgInfoV2><oref:FL>
                      <oref:ClientRegId>030000000777</oref:ClientRegId><oref:FullName>ИП Иванов</oref:FullName>
                      <oref:INN>770100000001</oref:INN>
                      <oref:address><oref:Country>643</oref:Country><oref:RegionCode>77</oref:RegionCode></oref:address>
                  </oref:FL></oref:OrgInfoV2><oref:State>Active</oref:State></rc:Client>
                  <rc:Client><oref:OrgInfoV2><oref:UL><oref:FullName>без ClientRegId</oref:FullName></oref:UL>
                  </oref:OrgInfoV2></rc:Client>
                </rc:Clients></ns:ReplyClient_v2>""");

        assertThat(e.products()).isEmpty();
        assertThat(e.partners()).containsExactly(new ClassifierEntries.Partner("030000000777", "FL",
                "770100000001", null, "ИП Иванов", null, "643, 77", "Active"));
    }

    @Test
    void theFirstReplyClientWithTheOrganizationInlineIsReadToo() throws Exception {
        ClassifierEntries e = read("""
                <ns:ReplyClient xmlns:rc="http://fsrar.ru/WEGAIS/ReplyClient"
                                xmlns:oref="http://fsrar.ru/WEGAIS/ClientRef"><rc:Clients><rc:Client>
                  <oref:ClientRegId>030000000888</oref:ClientRegId><oref:FullName>ООО "Старый"</oref:FullName>
                  <oref:INN>7701000002</oref:INN><oref:KPP>770101001</oref:KPP>
                  <oref:address><oref:description>Тверь</oref:description></oref:address>
                </rc:Client></rc:Clients></ns:ReplyClient>""");

        assertThat(e.partners()).extracting(ClassifierEntries.Partner::clientRegId, ClassifierEntries.Partner::inn,
                ClassifierEntries.Partner::address).containsExactly(
                org.assertj.core.groups.Tuple.tuple("030000000888", "7701000002", "Тверь"));
    }

    @Test
    void aDocumentThatIsNoClassifierReplyAndADtdAreRefused() {
        assertThatThrownBy(() -> read("<ns:ReplyRests_v2 xmlns:r=\"urn:r\"/>"))
                .isInstanceOf(XMLStreamException.class).hasMessageContaining("not a classifier reply");
        assertThatThrownBy(() -> ClassifierReplyReader.read(new StringReader(
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")))
                .isInstanceOf(XMLStreamException.class);
    }
}
