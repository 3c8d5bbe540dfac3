package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qos.campaigns.batch.LimitedCsvReader.NotUtf8Exception;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.Problem;
import org.qos.common.problem.ProblemException;
import org.qos.common.problem.ProblemType;

/**
 * Streams the rows of a batch body (a JSON array of objects, or CSV with a header) one at a time, checks each
 * with its {@link RowSchema}, and hands valid rows to a consumer as long as the batch has no error. It never
 * holds more than one row, and a row is bounded ({@link InputLimits}: CSV columns, line and cell length; JSON keys,
 * string length, items, depth), so that any body passes in bounded memory: a bound exceeded stops the reading at once
 * ({@link Outcome#limit()}). Every error names its row and field; the first {@value Problem#MAX_LISTED_ERRORS} are kept
 * and the rest only counted.
 */
public final class BatchReader {

    /** Receives the valid rows of a batch, in order, until the first invalid row. */
    @FunctionalInterface
    public interface RowConsumer<T> {
        void accept(int row, T value) throws Exception;
    }

    /**
     * What reading a batch found.
     *
     * @param limit the bound of {@link InputLimits} that stopped the reading (its error is the last listed), or null
     */
    public record Outcome(int rows, int invalidRows, int errorCount, List<FieldError> errors, String limit) {
        public boolean valid() {
            return errorCount == 0;
        }

        /**
         * The answer to a batch that exceeded a bound: 400 {@code limit-exceeded} naming it (and the row and field);
         * null when none was exceeded.
         */
        public ProblemException limitExceeded() {
            if (limit == null) {
                return null;
            }
            FieldError last = errors.get(errors.size() - 1);
            return new ProblemException(ProblemType.LIMIT_EXCEEDED, "The batch exceeds an input limit: " + limit
                    + (last.row() == null ? "" : " (row " + last.row() + ")") + "; nothing was stored", List.of(last));
        }
    }

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(InputLimits.MAX_FIELD_CHARS)
                    .maxNameLength(InputLimits.MAX_NAME_CHARS)
                    .maxNestingDepth(InputLimits.MAX_DEPTH)
                    .build())
            .build();
    private static final String JSON_LIMITS = "a JSON string has at most " + InputLimits.MAX_FIELD_CHARS
            + " characters, a key at most " + InputLimits.MAX_NAME_CHARS + ", values nest at most "
            + InputLimits.MAX_DEPTH + " deep";
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(true)
            .setTrim(false)
            .get();

    private BatchReader() {
    }

    public static <T> Outcome read(InputStream body, BodyFormat format, RowSchema<T> schema, RowConsumer<T> consumer) {
        Collector<T> collector = new Collector<>(consumer);
        try {
            if (format == BodyFormat.JSON) {
                readJson(body, schema, collector);
            } else {
                readCsv(body, schema, collector);
            }
        } catch (InputLimitException e) {
            collector.limit(new FieldError(null, e.field(), e.getMessage()), e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (collector.rows == 0 && collector.errorCount == 0) {
            collector.add(new FieldError(null, "(body)", "the batch has no rows"));
        }
        return new Outcome(collector.rows, collector.invalidRows, collector.errorCount, collector.errors,
                collector.limit);
    }

    private static <T> void readJson(InputStream body, RowSchema<T> schema, Collector<T> collector) throws IOException {
        Set<String> known = new LinkedHashSet<>(schema.fields());
        int row = 0;
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                collector.add(new FieldError(null, "(body)", "must be a JSON array of objects"));
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    collector.add(new FieldError(row == 0 ? null : row, "(body)", "the JSON array is not closed"));
                    return;
                }
                row++;
                if (token != JsonToken.START_OBJECT) {
                    collector.rows++;
                    collector.invalidRows++;
                    collector.add(new FieldError(row, "(row)", "must be a JSON object"));
                    parser.skipChildren();
                    continue;
                }
                try {
                    collector.accept(readObject(parser, row, known), schema);
                } catch (InputLimitException e) {
                    collector.rows++;
                    collector.invalidRows++;
                    collector.limit(new FieldError(row, e.field(), e.getMessage()), e.getMessage().split(": ")[0]);
                    return;
                }
            }
            if (parser.nextToken() != null) {
                collector.add(new FieldError(null, "(body)", "unexpected content after the JSON array"));
            }
        } catch (StreamConstraintsException e) {
            collector.limit(new FieldError(row == 0 ? null : row, "(row)", JSON_LIMITS + ": " + e.getOriginalMessage()),
                    JSON_LIMITS);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            collector.add(new FieldError(row == 0 ? null : row, "(body)",
                    "malformed JSON" + where + ": " + e.getOriginalMessage()));
        }
    }

    /**
     * Reads one JSON object token by token, keeping only the values of known fields (scalars, or arrays of at most
     * {@link InputLimits#MAX_ITEMS} scalars; a nested object is kept as an empty one, for its type error); unknown
     * keys are listed by name and their values skipped without being kept.
     */
    private static JsonRow readObject(JsonParser parser, int row, Set<String> known) throws IOException {
        ObjectNode node = NODES.objectNode();
        List<String> unknown = new ArrayList<>(2);
        List<String> repeated = List.of(); // made only for a row that repeats a field
        int keys = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            if (++keys > InputLimits.MAX_KEYS) {
                throw new InputLimitException("(row)", "a JSON row has at most " + InputLimits.MAX_KEYS + " keys");
            }
            JsonToken value = parser.nextToken();
            if (!known.contains(name)) {
                unknown.add(name);
                parser.skipChildren();
                continue;
            }
            try {
                JsonNode earlier = node.replace(name, switch (value) {
                    case START_ARRAY -> readArray(parser, name);
                    case START_OBJECT -> {
                        parser.skipChildren();
                        yield NODES.objectNode();
                    }
                    default -> scalar(parser, value);
                });
                if (earlier != null && !repeated.contains(name)) {
                    if (repeated.isEmpty()) {
                        repeated = new ArrayList<>(2);
                    }
                    repeated.add(name);
                }
            } catch (StreamConstraintsException e) {
                throw new InputLimitException(name, JSON_LIMITS + ": " + e.getOriginalMessage());
            }
        }
        return new JsonRow(row, node, unknown, repeated, known);
    }

    private static JsonNode readArray(JsonParser parser, String field) throws IOException {
        ArrayNode array = NODES.arrayNode();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (array.size() >= InputLimits.MAX_ITEMS) {
                throw new InputLimitException(field, "a JSON array value has at most " + InputLimits.MAX_ITEMS + " items");
            }
            if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                parser.skipChildren();
                array.add(NODES.objectNode());
            } else {
                array.add(scalar(parser, token));
            }
        }
        return array;
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? NODES.numberNode(parser.getBigIntegerValue()) : NODES.numberNode(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private static <T> void readCsv(InputStream body, RowSchema<T> schema, Collector<T> collector) throws IOException {
        Reader reader = new LimitedCsvReader(new StrictUtf8Reader(skipByteOrderMark(body)),
                InputLimits.MAX_COLUMNS, InputLimits.MAX_LINE_CHARS, InputLimits.MAX_FIELD_CHARS);
        try (CSVParser parser = CSV.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header;
            try {
                if (!records.hasNext()) {
                    collector.add(new FieldError(null, "(header)", "the CSV has no header row"));
                    return;
                }
                header = records.next().toList();
            } catch (UncheckedIOException e) {
                readFailed(collector, e.getCause(), null, 0);
                return;
            }
            Map<String, Integer> columns = checkHeader(header, schema, collector);
            if (columns == null) {
                return;
            }
            int row = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    readFailed(collector, e.getCause(), header, row + 1);
                    return;
                }
                row++;
                collector.accept(new CsvRow(row, record, columns, header), schema);
            }
        }
    }

    /**
     * The CSV could not be read further: a bound exceeded or a byte that is not UTF-8 names the row its reader was in
     * (the parser reads ahead, so that may lie past the header or the next row), anything else is malformed CSV at
     * the record the parser was reading: the header while {@code header} is null, else {@code row}.
     */
    private static void readFailed(Collector<?> collector, IOException cause, List<String> header, int row) {
        if (cause instanceof InputLimitException limit) {
            if (header != null) {
                collector.rows++;
                collector.invalidRows++;
            }
            collector.limit(new FieldError(limit.row(), limit.field(header), limit.getMessage()), limit.getMessage());
        } else if (cause instanceof NotUtf8Exception text) {
            collector.add(new FieldError(text.row(), text.field(), text.getMessage()));
        } else {
            collector.add(header == null ? new FieldError(null, "(header)", "malformed CSV: " + cause.getMessage())
                    : new FieldError(row, "(row)", "malformed CSV: " + cause.getMessage()));
        }
    }

    private static Map<String, Integer> checkHeader(List<String> header, RowSchema<?> schema, Collector<?> collector) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> fields = schema.fields(); // a declared schema builds the list on each call
        int errorsBefore = collector.errorCount;
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (name.isEmpty()) {
                collector.add(new FieldError(null, "(header)", "column " + (i + 1) + " of the CSV header has no name"
                        + " (a comma too many at the end of the line?); expected the fields " + fields));
            } else if (!fields.contains(name)) {
                collector.add(new FieldError(null, name, "unknown column in the CSV header; expected the fields "
                        + fields));
            } else if (columns.put(name, i) != null) {
                collector.add(new FieldError(null, name, "column named twice in the CSV header"));
            }
        }
        for (String field : schema.requiredFields()) {
            if (!columns.containsKey(field)) {
                collector.add(new FieldError(null, field, "missing column in the CSV header"));
            }
        }
        return collector.errorCount == errorsBefore ? columns : null;
    }

    private static InputStream skipByteOrderMark(InputStream in) throws IOException {
        PushbackInputStream pushback = new PushbackInputStream(in, 3);
        byte[] head = new byte[3];
        int n = pushback.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && n > 0) {
            pushback.unread(head, 0, n);
        }
        return pushback;
    }

    /** Counts rows and errors; passes valid rows on while the batch is still clean. */
    private static final class Collector<T> {
        private final RowConsumer<T> consumer;
        private final List<FieldError> errors = new ArrayList<>();
        private int rows;
        private int invalidRows;
        private int errorCount;
        private String limit;

        Collector(RowConsumer<T> consumer) {
            this.consumer = consumer;
        }

        void add(FieldError error) {
            errorCount++;
            if (errors.size() < Problem.MAX_LISTED_ERRORS) {
                errors.add(error);
            }
        }

        /** A bound exceeded: its error is listed last (in place of the last kept one when the list is full). */
        void limit(FieldError error, String what) {
            errorCount++;
            if (errors.size() == Problem.MAX_LISTED_ERRORS) {
                errors.remove(errors.size() - 1);
            }
            errors.add(error);
            limit = what;
        }

        void accept(RowReader row, RowSchema<T> schema) {
            rows++;
            T value = row.hasErrors() && row.errors().stream().anyMatch(e -> "(row)".equals(e.field())) ? null
                    : schema.read(row);
            if (row.hasErrors()) {
                invalidRows++;
                row.errors().forEach(this::add);
                return;
            }
            if (errorCount == 0) {
                try {
                    consumer.accept(row.row(), value);
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new BatchWriteException(e);
                }
            }
        }
    }

    /** The consumer failed (for instance the database refused a row): not an input error. */
    public static final class BatchWriteException extends RuntimeException {
        public BatchWriteException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
