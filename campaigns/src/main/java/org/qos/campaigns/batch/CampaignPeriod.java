package org.qos.campaigns.batch;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A campaign's period as the instants it spans in the profile's zone, from the first instant of its first day to
 * the last of its last day: the check that a row's timestamps lie inside, written once. A row kind declares its
 * timestamps ({@link RowSchema#periodFields()}); {@link #bound} makes its schema check them as each row is read, so
 * that a row dated outside is an error of that row and field (the batch stores nothing), and charging-record
 * partitions are needed only for the months of the period.
 */
public final class CampaignPeriod {

    /** How far outside its period a timestamp may lie for clock skew, unless it must lie inside exactly. */
    public static final Duration SKEW = Duration.ofDays(1);

    /*
     * The bounds as epoch seconds: they are whole seconds, so an instant lies at or after one exactly when its epoch
     * second does, and before one exactly when its epoch second is smaller (checked on every row, without allocating).
     */
    private final long from;
    private final long until;
    private final long fromWithSkew;
    private final long untilWithSkew;
    private final String text;

    public CampaignPeriod(LocalDate start, LocalDate end, ZoneOffset zone) {
        this.from = start.atStartOfDay().atOffset(zone).toEpochSecond();
        this.until = end.plusDays(1).atStartOfDay().atOffset(zone).toEpochSecond();
        this.fromWithSkew = from - SKEW.toSeconds();
        this.untilWithSkew = until + SKEW.toSeconds();
        this.text = start + " to " + end + " (" + zone + ")";
    }

    /** Whether {@code at} lies in the period exactly. */
    public boolean contains(OffsetDateTime at) {
        long second = at.toEpochSecond();
        return second >= from && second < until;
    }

    /** Whether {@code at} lies in the period give or take {@link #SKEW}. */
    public boolean containsWithSkew(OffsetDateTime at) {
        long second = at.toEpochSecond();
        return second >= fromWithSkew && second < untilWithSkew;
    }

    /** Records an error on the field when its value lies outside the period (with skew unless exact). */
    <T> void check(RowReader row, PeriodField<T> field, T value) {
        OffsetDateTime at = field.value().apply(value);
        if (at == null) {
            return;
        }
        if (field.exact() && !contains(at)) {
            row.error(field.name(), "must lie in the campaign period " + text);
        } else if (!field.exact() && !containsWithSkew(at)) {
            row.error(field.name(), "must lie in the campaign period " + text + ", give or take "
                    + SKEW.toDays() + " day for clock skew");
        }
    }

    /**
     * {@code schema} with the check of its {@link RowSchema#periodFields()} against this period added to the reading
     * of each row (the schema itself when it declares none). The check runs on a row otherwise valid.
     */
    public <T> RowSchema<T> bound(RowSchema<T> schema) {
        List<PeriodField<T>> fields = schema.periodFields();
        if (fields.isEmpty()) {
            return schema;
        }
        return new RowSchema<>() {
            @Override
            public List<String> fields() {
                return schema.fields();
            }

            @Override
            public List<String> requiredFields() {
                return schema.requiredFields();
            }

            @Override
            public List<PeriodField<T>> periodFields() {
                return fields;
            }

            @Override
            public T read(RowReader row) {
                T value = schema.read(row);
                if (value != null && !row.hasErrors()) {
                    for (PeriodField<T> field : fields) {
                        check(row, field, value);
                    }
                }
                return value;
            }
        };
    }
}
