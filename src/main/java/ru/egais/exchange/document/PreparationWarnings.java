package ru.egais.exchange.document;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * What a prepared document's answer should warn about without refusing it (a write-off over the stock last known).
 * An interface here so that the document's resource does not depend on the capability that knows the answer
 * (stock), which itself reads documents: the dependency points one way.
 */
public interface PreparationWarnings {

    /** Warnings for a document as posted (JSON); empty when there is nothing to say. */
    List<String> check(JsonNode document);
}
