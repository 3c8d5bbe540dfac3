package org.qos.campaigns.batch;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A {@link RowSchema} whose fields are declared once (fields of the subclass, e.g.
 * {@code Field<String> callId = text("callId", 64)}), each with its name, type, bounds and whether a row must give
 * it: the field lists, the CSV header's required columns and the reading follow from the declarations, in their
 * order. A row kind adds only its checks across fields ({@link #check}) and the row it builds ({@link #build}). A row's
 * errors are listed in the fields' order, those of {@link #check} after them. A schema may keep state across the
 * rows of one batch (a street id seen twice): make one per batch.
 */
public abstract class DeclaredRowSchema<T> implements RowSchema<T> {

    /** How a field's value is read from a row, by its name and whether a value is required. */
    @FunctionalInterface
    public interface Reading<V> {
        V read(RowReader row, String name, boolean required);
    }

    /** A declared field; by default a row must give a value and a CSV header must name its column. */
    public static final class Field<V> {
        private final String name;
        private final int index;
        private final Reading<V> reading;
        private boolean valueRequired = true;
        private boolean columnRequired = true;

        private Field(String name, int index, Reading<V> reading) {
            this.name = name;
            this.index = index;
            this.reading = reading;
        }

        /** A row may leave the value out, and a CSV header the column. */
        public Field<V> optional() {
            valueRequired = false;
            columnRequired = false;
            return this;
        }

        /** A CSV header must name the column (a missing column is never read as empty), its cells may be empty. */
        public Field<V> mayBeEmpty() {
            valueRequired = false;
            return this;
        }
    }

    /** The values of one row by field; errors recorded here name the row and the field. */
    public record Values(RowReader reader, Object[] values) {

        /** The field's value: null when absent or invalid (never in {@link #build} for a required field). */
        @SuppressWarnings("unchecked")
        public <V> V get(Field<V> field) {
            return (V) values[field.index];
        }

        public void error(Field<?> field, String message) {
            reader.error(field.name, message);
        }
    }

    private final List<Field<?>> declared = new ArrayList<>();
    private final List<PeriodField<T>> periodFields = new ArrayList<>();

    /** The next field, read by {@code reading} (a {@link RowReader} method with checks of its own). */
    protected final <V> Field<V> field(String name, Reading<V> reading) {
        Field<V> field = new Field<>(name, declared.size(), reading);
        declared.add(field);
        return field;
    }

    /** Text of at most {@code maxLength} characters, not blank. */
    protected final Field<String> text(String name, int maxLength) {
        return field(name, (row, field, required) -> row.text(field, required, maxLength));
    }

    /** A decimal number within [min, max] (a null bound is open). */
    protected final Field<BigDecimal> decimal(String name, BigDecimal min, BigDecimal max) {
        return field(name, (row, field, required) -> row.decimal(field, required, min, max));
    }

    protected final Field<Long> integer(String name, long min, long max) {
        return field(name, (row, field, required) -> row.integer(field, required, min, max));
    }

    protected final Field<Boolean> bool(String name) {
        return field(name, RowReader::bool);
    }

    /** An ISO-8601 timestamp with an offset. */
    protected final Field<OffsetDateTime> timestamp(String name) {
        return field(name, RowReader::timestamp);
    }

    /** One of the enum's constants, by name. */
    protected final <E extends Enum<E>> Field<E> code(String name, Class<E> type) {
        Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toSet());
        return field(name, (row, field, required) -> {
            String code = row.code(field, required, names);
            return code == null ? null : Enum.valueOf(type, code);
        });
    }

    /** Codes, each one of {@code allowed}, without repeats; optional, an absent list is empty. */
    protected final Field<List<String>> codes(String name, Set<String> allowed) {
        return field(name, (row, field, required) -> row.codes(field, allowed)).optional();
    }

    /** The timestamp lies in the campaign's period, give or take {@link CampaignPeriod#SKEW} for clock skew. */
    protected final void inPeriod(Field<OffsetDateTime> field, Function<T, OffsetDateTime> value) {
        periodFields.add(PeriodField.of(field.name, value));
    }

    /** The timestamp lies in the campaign's period exactly (a measurement counted in it). */
    protected final void inPeriodExactly(Field<OffsetDateTime> field, Function<T, OffsetDateTime> value) {
        periodFields.add(PeriodField.exact(field.name, value));
    }

    /** Checks across fields, after every field was read (valid or not); none by default. */
    protected void check(Values row) {
    }

    /** The row of valid values. */
    protected abstract T build(Values row);

    @Override
    public final List<String> fields() {
        return declared.stream().map(field -> field.name).toList();
    }

    @Override
    public final List<String> requiredFields() {
        return declared.stream().filter(field -> field.columnRequired).map(field -> field.name).toList();
    }

    @Override
    public final List<PeriodField<T>> periodFields() {
        return List.copyOf(periodFields);
    }

    @Override
    public final T read(RowReader row) {
        Object[] values = new Object[declared.size()];
        for (Field<?> field : declared) {
            values[field.index] = field.reading.read(row, field.name, field.valueRequired);
        }
        Values read = new Values(row, values);
        check(read);
        return row.hasErrors() ? null : build(read);
    }
}
