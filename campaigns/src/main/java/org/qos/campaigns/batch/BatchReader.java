package org.qos.campaigns.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.Problem;

/**
 * Streams the rows of a batch body (a JSON array of objects, or CSV with a header) one at a time, checks each
 * with its {@link RowSchema}, and hands valid rows to a consumer as long as the batch has no error. It never
 * holds more than one row: a million-row body passes in bounded memory. Every error names its row and field;
 * the first {@value Problem#MAX_LISTED_ERRORS} are kept and all are counted.
 */
public final class BatchReader {

    /** Receives the valid rows of a batch, in order, until the first invalid row. */
    @FunctionalInterface
    public interface RowConsumer<T> {
        void accept(int row, T value) throws Exception;
    }

    /** What reading a batch found. */
    public record Outcome(int rows, int invalidRows, int errorCount, List<FieldError> errors) {
        public boolean valid() {
            return errorCount == 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (collector.rows == 0 && collector.errorCount == 0) {
            collector.add(new FieldError(null, "(body)", "the batch has no rows"));
        }
        return new Outcome(collector.rows, collector.invalidRows, collector.errorCount, collector.errors);
    }

    private static <T> void readJson(InputStream body, RowSchema<T> schema, Collector<T> collector) throws IOException {
        Set<String> known = new LinkedHashSet<>(schema.fields());
        int row = 0;
        try (JsonParser parser = JSON.getFactory().createParser(body)) {
            parser.setCodec(JSON);
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                collector.add(new FieldError(null, "(body)", "must be a JSON array of objects"));
                return;
            }
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                row++;
                if (token != JsonToken.START_OBJECT) {
                    collector.rows++;
                    collector.invalidRows++;
                    collector.add(new FieldError(row, "(row)", "must be a JSON object"));
                    parser.skipChildren();
                    continue;
                }
                JsonNode node = parser.readValueAsTree();
                collector.accept(new JsonRow(row, (ObjectNode) node, known), schema);
            }
            if (parser.nextToken() != null) {
                collector.add(new FieldError(null, "(body)", "unexpected content after the JSON array"));
            }
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
            collector.add(new FieldError(row == 0 ? null : row, "(body)",
                    "malformed JSON" + where + ": " + e.getOriginalMessage()));
        }
    }

    private static <T> void readCsv(InputStream body, RowSchema<T> schema, Collector<T> collector) throws IOException {
        Reader reader = new InputStreamReader(skipByteOrderMark(body), StandardCharsets.UTF_8);
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
                collector.add(new FieldError(null, "(header)", "malformed CSV: " + e.getCause().getMessage()));
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
                    collector.add(new FieldError(row + 1, "(row)", "malformed CSV: " + e.getCause().getMessage()));
                    return;
                }
                row++;
                collector.accept(new CsvRow(row, record, columns, header), schema);
            }
        }
    }

    private static Map<String, Integer> checkHeader(List<String> header, RowSchema<?> schema, Collector<?> collector) {
        Map<String, Integer> columns = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).trim();
            if (!schema.fields().contains(name)) {
                errors.add(new FieldError(null, name, "unknown column in the CSV header; expected the fields "
                        + schema.fields()));
            } else if (columns.put(name, i) != null) {
                errors.add(new FieldError(null, name, "column named twice in the CSV header"));
            }
        }
        for (String field : schema.requiredFields()) {
            if (!columns.containsKey(field)) {
                errors.add(new FieldError(null, field, "missing column in the CSV header"));
            }
        }
        errors.forEach(collector::add);
        return errors.isEmpty() ? columns : null;
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

        Collector(RowConsumer<T> consumer) {
            this.consumer = consumer;
        }

        void add(FieldError error) {
            errorCount++;
            if (errors.size() < Problem.MAX_LISTED_ERRORS) {
                errors.add(error);
            }
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
