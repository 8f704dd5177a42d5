package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import ru.egais.exchange.common.DomainException;

import java.util.List;

/** Turns every failure (a domain refusal, unreadable JSON, a trigger's own problem) into problem+json that says what is wrong; unexpected ones are logged and stay generic. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem body = new Problem("about:blank", e.title(), e.status(), e.getMessage(),
                e.instance() != null ? e.instance() : uri.getPath(), e.errors());
        return Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** What services refuse, in the domain's words; {@link DomainProblems} says which answer each kind gets. */
    @ServerExceptionMapper
    public Response domain(DomainException e, UriInfo uri) {
        Problem body = DomainProblems.of(e, uri.getPath());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        return domain(JsonProblems.of(e), uri);
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

    private static Response respond(int status, String title, String detail, UriInfo uri,
                                    List<ValidationProblem.FieldError> errors) {
        Problem body = new Problem("about:blank", title, status, detail, uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
