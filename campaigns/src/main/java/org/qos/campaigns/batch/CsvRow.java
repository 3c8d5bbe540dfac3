package org.qos.campaigns.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;

/** A batch row given as a CSV record; an empty cell is null, list cells are separated by ';'. */
final class CsvRow extends RowReader {

    private final CSVRecord record;
    private final Map<String, Integer> columns;

    CsvRow(int row, CSVRecord record, Map<String, Integer> columns, List<String> header) {
        super(row);
        this.record = record;
        this.columns = columns;
        if (record.size() != header.size()) {
            String field = record.size() < header.size() ? header.get(record.size()) : "(row)";
            error(field, "the row has " + record.size() + " cells, the header " + header.size());
        }
    }

    private String cell(String field) {
        Integer index = columns.get(field);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        return value.isEmpty() ? null : value;
    }

    @Override
    protected String scalar(String field, Kind kind, String expected) {
        return cell(field);
    }

    @Override
    protected List<String> stringList(String field) {
        String value = cell(field);
        if (value == null) {
            return null;
        }
        List<String> result = new ArrayList<>();
        for (String part : value.split(";", -1)) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                error(field, "has an empty item; separate items with ';'");
                return null;
            }
            result.add(trimmed);
        }
        return result;
    }
}
