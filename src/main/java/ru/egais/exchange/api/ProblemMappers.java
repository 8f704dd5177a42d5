package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.stream.Collectors;

/** Turns every failure into problem+json that says what is wrong; unexpected ones are logged and stay generic. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail;
        if (e instanceof InvalidTypeIdException typeId) {
            if (typeId.getTypeId() == null) {
                return respond(422, "Invalid request", "the document's type is missing", uri,
                        List.of(new ValidationProblem.FieldError("type", "is required")));
            }
            detail = "unknown document type '" + typeId.getTypeId() + "'";
            return respond(422, "Invalid request", detail, uri,
                    List.of(new ValidationProblem.FieldError("type", "is not a known document type")));
        } else if (e instanceof UnrecognizedPropertyException unknown) {
            detail = "field '" + path(unknown) + "' is not known here";
            return respond(422, "Invalid request", detail, uri,
                    List.of(new ValidationProblem.FieldError(path(unknown), "is not a known field")));
        } else if (e instanceof InvalidFormatException format) {
            detail = "field '" + path(format) + "' has an invalid value '" + format.getValue() + "'";
            return respond(422, "Invalid request", detail, uri,
                    List.of(new ValidationProblem.FieldError(path(format), "has an invalid value")));
        } else if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            detail = "field '" + path(mismatch) + "' has the wrong JSON type";
            return respond(422, "Invalid request", detail, uri,
                    List.of(new ValidationProblem.FieldError(path(mismatch), "has the wrong JSON type")));
        } else {
            detail = "malformed JSON: " + e.getOriginalMessage();
        }
        return respond(400, "Bad request", detail, uri, null);
    }

    /** Quarkus REST has its own (empty-bodied) mapper for this subtype; this one says which field is wrong. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body Jackson could not parse in a bare 400; say what was wrong with it.
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(status, title, e.getMessage(), uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e, UriInfo uri) {
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(500, "Internal error", "unexpected failure; see the service log", uri, null);
    }

    private static String path(MismatchedInputException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static Response respond(int status, String title, String detail, UriInfo uri,
                                    List<ValidationProblem.FieldError> errors) {
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
