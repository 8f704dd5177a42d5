package ru.egais.exchange.waybill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import ru.egais.exchange.egais.BoxTree;
import ru.egais.exchange.egais.WaybillBox;

import java.util.List;

/**
 * The boxes of a waybill position as stored in one column: JSON of {@code {"boxes":[…],"tree":[…]}}. One column
 * rather than tables because the boxes are only ever shown with their position, never queried on their own.
 */
public record PositionBoxes(List<WaybillBox> boxes, List<BoxTree> tree) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PositionBoxes NONE = new PositionBoxes(List.of(), List.of());

    public PositionBoxes {
        boxes = boxes == null ? List.of() : boxes;
        tree = tree == null ? List.of() : tree;
    }

    /** The column's value: null when the position lists no boxes. */
    public static String write(List<WaybillBox> boxes, List<BoxTree> tree) {
        if ((boxes == null || boxes.isEmpty()) && (tree == null || tree.isEmpty())) {
            return null;
        }
        try {
            return JSON.writeValueAsString(new PositionBoxes(boxes, tree));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("boxes cannot be written as JSON", e);
        }
    }

    public static PositionBoxes read(String column) {
        if (column == null || column.isBlank()) {
            return NONE;
        }
        try {
            return JSON.readValue(column, PositionBoxes.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored boxes are not readable: " + e.getOriginalMessage(), e);
        }
    }
}
