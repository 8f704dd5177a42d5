package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;

import java.util.stream.Collectors;

/**
 * What is wrong with JSON that could not be read into a request, as a refusal naming the field: used for a whole
 * body ({@link ProblemMappers}) and for each item of an array of documents, answered on its own.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static DomainException of(JsonProcessingException e) {
        if (e instanceof InvalidTypeIdException typeId) {
            if (typeId.getTypeId() == null) {
                return invalid("the document's type is missing", "type", "is required");
            }
            return invalid("unknown document type '" + typeId.getTypeId() + "'", "type", "is not a known document type");
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            // A misspelt field (realQuantty) must not silently make another document.
            return invalid("field '" + path(unknown) + "' is not known here", path(unknown), "is not a known field");
        } else if (e instanceof InvalidFormatException format) {
            return invalid("field '" + path(format) + "' has an invalid value '" + format.getValue() + "'",
                    path(format), "has an invalid value");
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return invalid("field '" + path(mismatch) + "' has the wrong JSON type", path(mismatch),
                    "has the wrong JSON type");
        }
        return new RequestUnreadable("malformed JSON: " + e.getOriginalMessage());
    }

    private static RequestInvalid invalid(String detail, String field, String message) {
        return RequestInvalid.withDetail(detail, field, message);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
