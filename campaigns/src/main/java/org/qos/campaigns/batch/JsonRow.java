package org.qos.campaigns.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A batch row given as a JSON object. Unknown fields are errors, so a misspelt field never goes missing; so is a field
 * given twice, so that neither of its values is dropped unseen.
 */
final class JsonRow extends RowReader {

    private final ObjectNode node;

    /**
     * @param node    the row's known fields (the reader keeps no others)
     * @param unknown  the names of its other keys (bounded by {@link InputLimits#MAX_KEYS}), each an error
     * @param repeated the known fields it gives more than once, each an error
     */
    JsonRow(int row, ObjectNode node, List<String> unknown, List<String> repeated, Set<String> knownFields) {
        super(row);
        this.node = node;
        for (String name : repeated) {
            error(name, "given more than once in this row: give each field once");
        }
        if (!unknown.isEmpty()) {
            String expected = "unknown field; expected one of " + knownFields.stream().sorted().toList();
            for (String name : unknown) {
                error(name, expected);
            }
        }
    }

    @Override
    protected String scalar(String field, Kind kind, String expected) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        boolean matches = switch (kind) {
            case STRING -> value.isTextual();
            case NUMBER -> value.isNumber();
            case BOOLEAN -> value.isBoolean();
        };
        if (!matches) {
            error(field, "must be " + expected + " (a JSON " + kind.name().toLowerCase() + "), got "
                    + abbreviate(value.toString()));
            return null;
        }
        String text = value.isTextual() ? value.textValue() : value.asText();
        if (kind == Kind.NUMBER && value.isFloatingPointNumber() && !Double.isFinite(value.doubleValue())) {
            error(field, "must be a finite number");
            return null;
        }
        if (kind == Kind.NUMBER && value.isBigDecimal()) {
            text = value.decimalValue().toString(); // not toPlainString: 1e-1000000000 would be a billion digits
        }
        return text.isEmpty() ? null : text;
    }

    @Override
    protected List<String> stringList(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            error(field, "must be an array of strings");
            return null;
        }
        List<String> result = new ArrayList<>(value.size());
        for (JsonNode element : value) {
            if (!element.isTextual()) {
                error(field, "must be an array of strings");
                return null;
            }
            result.add(element.textValue());
        }
        return result;
    }
}
