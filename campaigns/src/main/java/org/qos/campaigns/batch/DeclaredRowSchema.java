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
 * A {@link RowSchema} whose fields are declared once, each with its name, its type and bounds, and whether a row
 * must give it: the field lists, the CSV header's required columns and the reading of every field follow from the
 * declarations, in the order they were made. A row kind adds only what is its own: checks across fields
 * ({@link #check}) and the row it builds from valid values ({@link #build}).
 *
 * <pre>{@code
 * final class ExpertOpinionSchema extends DeclaredRowSchema<ExpertOpinion> {
 *     private final Field<String> expertId = text("expertId", 64);
 *     private final Field<Long> calls = integer("successfulCalls", 0, 1_000_000);
 *
 *     protected ExpertOpinion build(Values row) {
 *         return new ExpertOpinion(row.get(expertId), row.get(calls));
 *     }
 * }
 * }</pre>
 *
 * Fields are read in their declared order, so that a row's errors are listed in that order, those of {@link #check}
 * after them. A declaration is complete once its schema is constructed; a schema may keep state across the rows of
 * one batch (a street id seen twice), so it is made per batch.
 */
public abstract class DeclaredRowSchema<T> implements RowSchema<T> {

    /** How a field's value is read from a row, by its name and whether a value is required. */
    @FunctionalInterface
    public interface Reading<V> {
        V read(RowReader row, String name, boolean required);
    }

    /** One declared field: its name, its reading, whether a row must give a value and a CSV header must name it. */
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

        public String name() {
            return name;
        }

        /** A row may leave the value out, and a CSV header the column. */
        public Field<V> optional() {
            valueRequired = false;
            columnRequired = false;
            return this;
        }

        /** A CSV header must name the column (so that a missing column is never read as empty), its cells may be empty. */
        public Field<V> mayBeEmpty() {
            valueRequired = false;
            return this;
        }
    }

    /** The values of one row, read by their fields, and its reader for checks across fields. */
    public static final class Values {
        private final RowReader row;
        private final Object[] values;

        private Values(RowReader row, Object[] values) {
            this.row = row;
            this.values = values;
        }

        /** The field's value: null when absent or invalid (never in {@link #build}, for a required field). */
        @SuppressWarnings("unchecked")
        public <V> V get(Field<V> field) {
            return (V) values[field.index];
        }

        /** Records an error of this row naming the field. */
        public void error(Field<?> field, String message) {
            row.error(field.name, message);
        }

        /** The reader, for helpers that record errors on a row. */
        public RowReader reader() {
            return row;
        }

        /** The 1-based data row. */
        public int number() {
            return row.row();
        }
    }

    private final List<Field<?>> declared = new ArrayList<>();
    private final List<PeriodField<T>> periodFields = new ArrayList<>();

    /** Declares the next field with a reading of its own (a reading of {@link RowReader} with further checks). */
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

    /** An integer within [min, max]. */
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
        Set<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.toUnmodifiableSet());
        return field(name, (row, field, required) -> {
            String code = row.code(field, required, names);
            return code == null ? null : Enum.valueOf(type, code);
        });
    }

    /** A list of codes, each one of {@code allowed}, without repeats; optional, an absent list is empty. */
    protected final Field<List<String>> codes(String name, Set<String> allowed) {
        return field(name, (row, field, required) -> row.codes(field, allowed)).optional();
    }

    /** The timestamp must lie in the campaign's period, give or take {@link CampaignPeriod#SKEW} for clock skew. */
    protected final void inPeriod(Field<OffsetDateTime> field, Function<T, OffsetDateTime> value) {
        periodFields.add(PeriodField.of(field.name, value));
    }

    /** The timestamp must lie in the campaign's period exactly (a measurement counted in it). */
    protected final void inPeriodExactly(Field<OffsetDateTime> field, Function<T, OffsetDateTime> value) {
        periodFields.add(PeriodField.exact(field.name, value));
    }

    /** Checks across fields, after every field was read (whether valid or not); none by default. */
    protected void check(Values row) {
    }

    /** The row of valid values: every required field has one. */
    protected abstract T build(Values row);

    @Override
    public final List<String> fields() {
        return declared.stream().map(Field::name).toList();
    }

    @Override
    public final List<String> requiredFields() {
        return declared.stream().filter(field -> field.columnRequired).map(Field::name).toList();
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
