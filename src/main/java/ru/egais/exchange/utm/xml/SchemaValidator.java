package ru.egais.exchange.utm.xml;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Validates EGAIS documents against a folder of the official XSDs (the envelope WB_DOC_SINGLE_01.xsd imports
 * every document schema). Schema loading may read only local files of that folder; validated documents may not
 * pull in anything external.
 */
public final class SchemaValidator {

    private static final String ENVELOPE_XSD = "WB_DOC_SINGLE_01.xsd";

    private final Schema schema;

    private SchemaValidator(Schema schema) {
        this.schema = schema;
    }

    public static SchemaValidator fromFolder(Path folder) {
        Path envelope = folder.resolve(ENVELOPE_XSD);
        if (!Files.isRegularFile(envelope)) {
            throw new IllegalArgumentException("no " + ENVELOPE_XSD + " in " + folder);
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new SchemaValidator(factory.newSchema(envelope.toFile()));
        } catch (SAXException e) {
            throw new IllegalArgumentException("cannot load schemas from " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Empty when valid, otherwise the first problem with its line and column. */
    public Optional<String> validate(String xml) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new StringReader(xml)));
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
