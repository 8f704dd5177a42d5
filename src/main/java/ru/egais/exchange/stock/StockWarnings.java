package ru.egais.exchange.stock;

import ru.egais.exchange.document.PreparationWarnings;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.inbox.IncomingDocument;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.egais.RestsPosition;
import ru.egais.exchange.egais.RestsVisitor;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warns when a write-off or transfer takes more than the stock EGAIS last reported. Never a refusal: the reply
 * may be hours old and the goods may have arrived since. Register 1 is counted per F2 registration, register 2 per
 * alcocode; positions naming the same one are added up. No stored reply: nothing to compare with, no warning.
 */
@ApplicationScoped
public class StockWarnings implements PreparationWarnings {

    /** Which register a document type takes from, and how its positions name what they take. */
    private record Take(int register, String keyField, boolean keyInProduct) {
    }

    private static final Map<String, Take> TAKES = Map.of(
            "ActWriteOff_v3", new Take(1, "informF2RegId", false),
            "ActWriteOff_v4", new Take(1, "informF2RegId", false),
            "TransferToShop", new Take(1, "informF2RegId", false),
            "ActWriteOffShop_v2", new Take(2, "alcCode", true),
            "TransferFromShop", new Take(2, "productCode", false));

    private final StockService stock;
    private final IncomingQueries queries;

    public StockWarnings(StockService stock, IncomingQueries queries) {
        this.stock = stock;
        this.queries = queries;
    }

    /** The warnings for a document as posted (JSON); empty for other types or when all is within the stock. */
    @Override
    public List<String> check(JsonNode document) {
        String type = document.path("type").asText(null);
        Take take = type == null ? null : TAKES.get(type);
        String fsrarId = document.path("fsrarId").asText(null);
        if (take == null || fsrarId == null) {
            return List.of();
        }
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        Map<String, String> firstField = new LinkedHashMap<>();
        JsonNode positions = document.path("positions");
        for (int i = 0; i < positions.size(); i++) {
            JsonNode p = positions.get(i);
            JsonNode keyNode = take.keyInProduct ? p.path("product").path(take.keyField) : p.path(take.keyField);
            JsonNode quantity = p.path("quantity");
            if (!keyNode.isTextual() || !quantity.isNumber()) {
                continue; // F1-only positions, volumes in ml: nothing the stock reply counts
            }
            wanted.merge(keyNode.asText(), quantity.decimalValue(), BigDecimal::add);
            firstField.putIfAbsent(keyNode.asText(), "positions[" + i + "].quantity");
        }
        if (wanted.isEmpty()) {
            return List.of();
        }
        String replyType = StockService.replyType(take.register);
        Optional<IncomingDocument> reply = stock.newest(fsrarId, replyType);
        if (reply.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> held = new LinkedHashMap<>();
        String[] date = new String[1];
        try (Reader xml = queries.openIncomingXml(reply.get().id)) {
            EgaisDocumentReader.rests(xml, new RestsVisitor() {
                @Override
                public void restsDate(String d) {
                    date[0] = d;
                }

                @Override
                public void position(RestsPosition p) {
                    String key = take.register == 1 ? p.informF2RegId() : p.alcCode();
                    if (key != null && wanted.containsKey(key) && p.quantity() != null) {
                        held.merge(key, p.quantity(), BigDecimal::add);
                    }
                }
            });
        } catch (UtmDocumentUnreadable | IOException e) {
            return List.of("the stock could not be compared: the stored " + replyType + " cannot be read");
        }
        List<String> warnings = new ArrayList<>();
        wanted.forEach((key, quantity) -> {
            BigDecimal have = held.getOrDefault(key, BigDecimal.ZERO);
            if (quantity.compareTo(have) > 0) {
                warnings.add(firstField.get(key) + ": takes " + quantity.stripTrailingZeros().toPlainString() + " of "
                        + key + " but register " + take.register + " held " + have.stripTrailingZeros().toPlainString()
                        + " by the " + replyType + " of " + (date[0] == null ? "unknown date" : date[0])
                        + " (the stock may be stale: the document is queued anyway)");
            }
        });
        return warnings;
    }
}
