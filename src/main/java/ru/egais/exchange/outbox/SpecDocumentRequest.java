package ru.egais.exchange.outbox;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.egais.OutgoingDocumentType;
import ru.egais.exchange.utm.EgaisDocumentWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A document whose JSON shape is declared by a spec (WayBill_v4, ActWriteOff_v3, TransferToShop, …): the fields
 * are kept as JSON and checked and written by the spec, so each field at fault is named by its JSON path.
 */
public final class SpecDocumentRequest implements DocumentRequest {

    /** The fields every request has besides the document's own. */
    private static final Set<String> ENVELOPE = Set.of("type", "fsrarId", "externalId", "immediate");

    private final ObjectNode fields = JsonNodeFactory.instance.objectNode();

    @JsonAnySetter
    void set(String name, JsonNode value) {
        fields.set(name, value);
    }

    @Override
    public String type() {
        return text("type");
    }

    @Override
    public String fsrarId() {
        return text("fsrarId");
    }

    @Override
    public String externalId() {
        return text("externalId");
    }

    @Override
    public Boolean immediate() {
        JsonNode v = fields.path("immediate");
        return v.isBoolean() ? v.asBoolean() : null;
    }

    @Override
    public PreparedXml toXml() {
        OutgoingDocumentType documentType = EgaisDocumentWriter.specType(type()).orElseThrow();
        RequestChecks checks = RequestChecks.common(fsrarId(), externalId());
        List<FieldError> errors = new ArrayList<>(checks.errors());
        if (fields.has("immediate") && !fields.get("immediate").isBoolean()) {
            errors.add(new FieldError("immediate", "must be true or false"));
        }
        EgaisDocumentWriter.specProblems(type(), fields, ENVELOPE)
                .forEach(p -> errors.add(new FieldError(p.field(), p.message())));
        if (!errors.isEmpty()) {
            throw new RequestInvalid("invalid " + type(), errors);
        }
        return new PreparedXml(documentType, EgaisDocumentWriter.specDocument(fsrarId(), type(), fields));
    }

    private String text(String name) {
        JsonNode v = fields.path(name);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }
}
