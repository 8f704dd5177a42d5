package ru.egais.exchange.utm;

import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
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

    /**
     * Empty when valid, otherwise the first problem with its line and column. A value's type is checked when its
     * element closes, so the validator names the closing tag's line; the line of the offending text is named
     * instead (a value spread over lines would otherwise point past it).
     */
    public Optional<String> validate(String xml) {
        TextPositions positions = new TextPositions();
        try {
            javax.xml.validation.ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            positions.validator = validator;
            org.xml.sax.XMLReader reader = secureSaxFactory().newSAXParser().getXMLReader();
            reader.setContentHandler(positions);
            reader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            validator.setErrorHandler(reader.getErrorHandler());
            reader.parse(new org.xml.sax.InputSource(new StringReader(xml)));
            return Optional.empty();
        } catch (SAXParseException e) {
            int line = positions.closing && positions.textLine > 0 ? positions.textLine : e.getLineNumber();
            int column = positions.closing && positions.textLine > 0 ? positions.textColumn : e.getColumnNumber();
            return Optional.of("line " + line + ", column " + column + ": " + e.getMessage());
        } catch (SAXException | IOException | javax.xml.parsers.ParserConfigurationException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static javax.xml.parsers.SAXParserFactory secureSaxFactory() throws SAXException,
            javax.xml.parsers.ParserConfigurationException {
        javax.xml.parsers.SAXParserFactory f = javax.xml.parsers.SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return f;
    }

    /**
     * Passes the document on to the validator while noting where the current element's text begins (the locator
     * stands at the end of each chunk of characters, so the start is counted back over its line breaks).
     */
    private static final class TextPositions extends org.xml.sax.helpers.DefaultHandler {
        javax.xml.validation.ValidatorHandler validator;
        private org.xml.sax.Locator locator;
        int textLine;
        int textColumn;
        boolean closing;

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
            validator.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            validator.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            validator.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            validator.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            validator.endPrefixMapping(prefix);
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes atts)
                throws SAXException {
            textLine = 0;
            validator.startElement(uri, local, qName, atts);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            closing = true;
            validator.endElement(uri, local, qName);
            closing = false;
            textLine = 0;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (textLine == 0 && locator != null) {
                int first = start;
                while (first < start + length && Character.isWhitespace(ch[first])) {
                    first++;
                }
                if (first < start + length) {
                    int breaks = 0;
                    for (int i = first; i < start + length; i++) {
                        if (ch[i] == '\n') {
                            breaks++;
                        }
                    }
                    textLine = locator.getLineNumber() - breaks;
                    // The column is exact when the text begins on the chunk's last line, else the line's start.
                    textColumn = breaks == 0 ? Math.max(1, locator.getColumnNumber() - (start + length - first)) : 1;
                }
            }
            validator.characters(ch, start, length);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            validator.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            validator.processingInstruction(target, data);
        }
    }
}
