package ru.egais.exchange.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts an example of every document type into the OpenAPI description of {@code POST /api/v1/documents}, so a
 * POS developer fills the JSON from an example instead of reading an XSD. The examples are the same files the
 * tests send through the API (src/main/resources/examples). It runs when the service is built, not at each start:
 * as a runtime filter it made Quarkus rebuild the whole OpenAPI model at start-up (about a sixth of the main
 * thread's CPU before ready, StartupBench with JFR).
 */
@io.quarkus.smallrye.openapi.OpenApiFilter(stages = io.quarkus.smallrye.openapi.OpenApiFilter.RunStage.BUILD)
public class DocumentExamplesFilter implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        PathItem documents = openAPI.getPaths() == null ? null : openAPI.getPaths().getPathItem("/api/v1/documents");
        Operation post = documents == null ? null : documents.getPOST();
        if (post == null || post.getRequestBody() == null || post.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = post.getRequestBody().getContent().getMediaType("application/json");
        if (json == null) {
            return;
        }
        post.getRequestBody().setDescription("The document to prepare. `type` picks its shape; each example below "
                + "is a complete document of one type. Dates are yyyy-MM-dd, numbers plain JSON numbers, excise marks "
                + "as scanned. `externalId` (optional) is your own id: the same one again with the same content returns the "
                + "existing document (200), with other content it is refused (409). `immediate: true` sends it before the answer returns.");
        for (String type : OutgoingDocumentTypes.apiNames()) {
            json.addExample(type, OASFactory.createExample().summary(type).value(example(type)));
        }
    }

    static Map<?, ?> example(String type) {
        try (InputStream in = DocumentExamplesFilter.class.getResourceAsStream("/examples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no example for document type " + type);
            }
            return JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
