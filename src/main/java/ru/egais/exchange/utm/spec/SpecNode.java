package ru.egais.exchange.utm.spec;

/**
 * One part of a document spec: how a piece of the JSON a shop sends maps to a piece of EGAIS XML.
 * Specs are declared once per document type ({@link DocumentSpecs}); one validator, one writer and one reader
 * serve all of them, so a new document type is a declaration, not new code.
 */
public sealed interface SpecNode permits Leaf, Group, Repeat, TextList, Switch {

    /** XML prefix of the element (declared on the envelope by the document spec). */
    String prefix();

    /** Local name of the XML element. */
    String xml();
}
