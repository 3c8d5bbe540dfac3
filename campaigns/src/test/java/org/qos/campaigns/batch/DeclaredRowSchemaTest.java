package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.qos.common.problem.FieldError;

/** A schema stated by its declared fields: the lists, the readings, the order of errors and the period check. */
class DeclaredRowSchemaTest {

    enum Channel { PHONE, WEB }

    record Visit(String id, Channel channel, OffsetDateTime at, Long minutes, BigDecimal rating, Boolean paid,
            List<String> tags, String note) {
    }

    /** id, channel, at (in the period, with skew), minutes (0..600), rating (column required, may be empty), ... */
    static final class VisitSchema extends DeclaredRowSchema<Visit> {
        private final Field<String> id = text("id", 8);
        private final Field<Channel> channel = code("channel", Channel.class);
        private final Field<OffsetDateTime> at = timestamp("at");
        private final Field<Long> minutes = integer("minutes", 0, 600);
        private final Field<BigDecimal> rating = decimal("rating", BigDecimal.ONE, BigDecimal.TEN).mayBeEmpty();
        private final Field<Boolean> paid = bool("paid").optional();
        private final Field<List<String>> tags = codes("tags", Set.of("NEW", "VIP"));
        private final Field<String> note = text("note", 20).optional();
        int built;

        VisitSchema() {
            inPeriod(at, Visit::at);
        }

        @Override
        protected void check(Values row) {
            if (row.get(paid) != null && row.get(paid) && row.get(rating) == null) {
                row.error(rating, "is required for a paid visit");
            }
        }

        @Override
        protected Visit build(Values row) {
            built++;
            return new Visit(row.get(id), row.get(channel), row.get(at), row.get(minutes), row.get(rating),
                    row.get(paid), row.get(tags), row.get(note));
        }
    }

    private static BatchReader.Outcome csv(RowSchema<Visit> schema, String body, List<Visit> into) {
        return BatchReader.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), BodyFormat.CSV, schema,
                (row, value) -> into.add(value));
    }

    @Test
    void theListsFollowTheDeclarationsInTheirOrder() {
        VisitSchema schema = new VisitSchema();
        assertEquals(List.of("id", "channel", "at", "minutes", "rating", "paid", "tags", "note"), schema.fields());
        assertEquals(List.of("id", "channel", "at", "minutes", "rating"), schema.requiredFields());
        assertEquals(List.of("at"), schema.periodFields().stream().map(PeriodField::name).toList());
        assertFalse(schema.periodFields().get(0).exact());
    }

    @Test
    void validRowsAreBuiltFromTheirTypedValues() {
        List<Visit> visits = new ArrayList<>();
        BatchReader.Outcome outcome = csv(new VisitSchema(), """
                id,channel,at,minutes,rating,paid,tags
                v1,WEB,2026-07-01T08:30:00+07:00,15,7.5,true,VIP;NEW
                v2,PHONE,2026-07-02T09:00:00+07:00,0,,,
                """, visits);
        assertTrue(outcome.valid(), () -> outcome.errors().toString());
        assertEquals(new Visit("v1", Channel.WEB, OffsetDateTime.parse("2026-07-01T08:30:00+07:00"), 15L,
                new BigDecimal("7.5"), true, List.of("VIP", "NEW"), null), visits.get(0));
        assertEquals(new Visit("v2", Channel.PHONE, OffsetDateTime.parse("2026-07-02T09:00:00+07:00"), 0L, null,
                null, List.of(), null), visits.get(1));
    }

    @Test
    void aColumnThatMayBeEmptyMustStillBeInTheHeader() {
        BatchReader.Outcome outcome = csv(new VisitSchema(), "id,channel,at,minutes\nv1,WEB,2026-07-01T08:30:00Z,1\n",
                new ArrayList<>());
        assertEquals(List.of("rating"), outcome.errors().stream().map(FieldError::field).toList());
        assertTrue(outcome.errors().get(0).message().contains("missing column"), outcome.errors().get(0).message());
    }

    @Test
    void everyErrorOfARowIsListedFieldsFirstThenTheChecksAndNothingIsBuilt() {
        VisitSchema schema = new VisitSchema();
        BatchReader.Outcome outcome = csv(schema, """
                id,channel,at,minutes,rating,paid
                ,FAX,2026-07-01T08:30:00+07:00,601,,true
                """, new ArrayList<>());
        assertEquals(List.of("id", "channel", "minutes", "rating"),
                outcome.errors().stream().map(FieldError::field).toList());
        assertTrue(outcome.errors().get(1).message().contains("[PHONE, WEB]"), outcome.errors().get(1).message());
        assertEquals("is required for a paid visit", outcome.errors().get(3).message());
        assertEquals(0, schema.built);
    }

    @Test
    void aDeclaredTimestampIsCheckedAgainstTheCampaignsPeriod() {
        RowSchema<Visit> bound = new CampaignPeriod(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31),
                ZoneOffset.ofHours(7)).bound(new VisitSchema());
        BatchReader.Outcome outcome = csv(bound, """
                id,channel,at,minutes,rating
                v1,WEB,2026-06-30T08:00:00+07:00,1,
                v2,WEB,2026-06-29T08:00:00+07:00,1,
                """, new ArrayList<>());
        assertEquals(1, outcome.errorCount(), () -> outcome.errors().toString());
        assertEquals(2, outcome.errors().get(0).row());
        assertEquals("at", outcome.errors().get(0).field());
    }
}
