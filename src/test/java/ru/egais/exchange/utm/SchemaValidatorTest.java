package ru.egais.exchange.utm;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.SharedEgais;

import static org.assertj.core.api.Assertions.assertThat;

/** The official schemas' verdict, with the line an operator has to look at. */
class SchemaValidatorTest {

    static final String BAD_ID_ON_LINE_6 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01">
            <ns:Owner>
            <ns:FSRAR_ID>

                not-an-fsrar-id

            </ns:FSRAR_ID>
            </ns:Owner>
            <ns:Document><ns:QueryRests_v2/></ns:Document>
            </ns:Documents>
            """;

    @Test
    void aBadValueIsNamedAtTheLineOfItsTextNotOfTheClosingTag() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        assertThat(validator.validate(BAD_ID_ON_LINE_6)).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("line 6,"));
    }

    @Test
    void aMisplacedElementIsStillNamedAtItsOwnTag() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01">
                <ns:Owner><ns:FSRAR_ID>030000123456</ns:FSRAR_ID></ns:Owner>
                <ns:Document>
                <ns:Nonsense/>
                </ns:Document>
                </ns:Documents>
                """;
        assertThat(validator.validate(xml)).hasValueSatisfying(problem -> assertThat(problem).startsWith("line 5,"));
    }

    @Test
    void aDoctypeIsRefused() {
        SchemaValidator validator = SchemaValidator.fromFolder(SharedEgais.xsd());
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\">&e;</ns:Documents>";
        assertThat(validator.validate(xml)).hasValueSatisfying(problem -> assertThat(problem).containsIgnoringCase("DOCTYPE"));
    }
}
