package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.qos.common.problem.FieldError;
import org.qos.common.problem.Problem;

class BatchReaderTest {

    /** A row of the test schema. */
    record Sample(String id, BigDecimal score, Boolean ok, OffsetDateTime at, Long calls, List<String> reasons) {
    }

    /** A tiny schema: id (required text), score (required 1.0..5.0), ok, at, calls (0..1000), reasons (codes). */
    static final class SampleSchema implements RowSchema<Sample> {
        static final List<String> FIELDS = List.of("id", "score", "ok", "at", "calls", "reasons");
        static final Set<String> REASONS = Set.of("ECHO", "NOISE", "DROPPED");

        @Override
        public List<String> fields() {
            return FIELDS;
        }

        @Override
        public List<String> requiredFields() {
            return List.of("id", "score");
        }

        @Override
        public Sample read(RowReader row) {
            String id = row.text("id", true, 10);
            BigDecimal score = row.decimal("score", true, new BigDecimal("1.0"), new BigDecimal("5.0"));
            Boolean ok = row.bool("ok", false);
            OffsetDateTime at = row.timestamp("at", false);
            Long calls = row.integer("calls", false, 0, 1000);
            List<String> reasons = row.codes("reasons", REASONS);
            return row.hasErrors() ? null : new Sample(id, score, ok, at, calls, reasons);
        }
    }

    /** What one read gave: the outcome and every row the consumer saw. */
    record Result(BatchReader.Outcome outcome, List<Integer> rows, List<Sample> values) {
        FieldError error(int i) {
            return outcome.errors().get(i);
        }

        void assertSingleError(Integer row, String field, String messagePart) {
            assertEquals(1, outcome.errorCount(), () -> "errors: " + outcome.errors());
            assertError(0, row, field, messagePart);
        }

        void assertError(int i, Integer row, String field, String messagePart) {
            FieldError e = error(i);
            assertEquals(row, e.row(), () -> "row of " + e);
            assertEquals(field, e.field(), () -> "field of " + e);
            assertTrue(e.message().contains(messagePart), () -> "'" + e.message() + "' should contain '" + messagePart + "'");
        }
    }

    private static Result read(byte[] body, BodyFormat format) {
        List<Integer> rows = new ArrayList<>();
        List<Sample> values = new ArrayList<>();
        BatchReader.Outcome outcome = BatchReader.read(new ByteArrayInputStream(body), format, new SampleSchema(),
                (row, value) -> {
                    rows.add(row);
                    values.add(value);
                });
        assertEquals(outcome.errorCount() == 0, outcome.valid());
        assertTrue(outcome.errors().size() <= Problem.MAX_LISTED_ERRORS);
        return new Result(outcome, rows, values);
    }

    private static Result csv(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8), BodyFormat.CSV);
    }

    private static Result json(String body) {
        return read(body.getBytes(StandardCharsets.UTF_8), BodyFormat.JSON);
    }

    @Nested
    class Csv {

        @Test
        void happyPathPassesRowsInOrderWithOneBasedNumbers() {
            Result r = csv("""
                    id,score,ok,at,calls,reasons\r
                    a1,3.5,true,2026-07-01T08:30:00+07:00,12,ECHO;NOISE\r
                    a2,4,false,,,\r
                    a3,1.0,,,0,DROPPED\r
                    """);
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(3, r.outcome().rows());
            assertEquals(0, r.outcome().invalidRows());
            assertEquals(List.of(1, 2, 3), r.rows());
            assertEquals(new Sample("a1", new BigDecimal("3.5"), true,
                    OffsetDateTime.parse("2026-07-01T08:30:00+07:00"), 12L, List.of("ECHO", "NOISE")), r.values().get(0));
            assertEquals(new Sample("a2", new BigDecimal("4"), false, null, null, List.of()), r.values().get(1));
            assertEquals(new Sample("a3", new BigDecimal("1.0"), null, null, 0L, List.of("DROPPED")), r.values().get(2));
        }

        @Test
        void columnsMayComeInAnyOrderAndOptionalOnesMayBeLeftOut() {
            Result r = csv("score,id\n2.5,x\n5,y\n");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(List.of("x", "y"), r.values().stream().map(Sample::id).toList());
            assertEquals(new BigDecimal("2.5"), r.values().get(0).score());
            assertNull(r.values().get(0).ok());
        }

        @Test
        void lfLineEndingsAndBlankLinesAreAccepted() {
            Result r = csv("id,score\na,1\n\nb,2\n");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(List.of(1, 2), r.rows());
        }

        @Test
        void utf8ByteOrderMarkIsSkipped() {
            byte[] text = "id,score\nđ1,2\n".getBytes(StandardCharsets.UTF_8);
            byte[] body = new byte[text.length + 3];
            body[0] = (byte) 0xEF;
            body[1] = (byte) 0xBB;
            body[2] = (byte) 0xBF;
            System.arraycopy(text, 0, body, 3, text.length);
            Result r = read(body, BodyFormat.CSV);
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals("đ1", r.values().get(0).id());
        }

        @Test
        void aHeaderColumnWithoutANameIsNamedByItsPosition() {
            // a spreadsheet's export with an empty last column
            csv("id,score,\na1,3,\n").assertSingleError(null, "(header)", "column 3 of the CSV header has no name");
        }

        @Test
        void aBoundExceededPastTheParsersReadAheadNamesItsOwnRow() {
            // the parser reads thousands of characters ahead of the record it returns
            StringBuilder body = new StringBuilder("id,score\n");
            for (int i = 1; i <= 1000; i++) {
                body.append('a').append(i).append(",3\n");
            }
            body.append("x,".repeat(149)).append("x\nb1,3\n");
            csv(body.toString()).assertSingleError(1001, "(row)", "at most 100 columns");
            // also while the header is read: the second row, not the header
            csv("id,score\na1,3\n" + "x,".repeat(149) + "x\n").assertSingleError(2, "(row)", "at most 100 columns");
        }

        @Test
        void textThatIsNotUtf8IsRefusedNamingItsRowAndNeverReplaced() throws IOException {
            // a Latin-1 é (0xE9) in row 1001, past the parser's read-ahead
            StringBuilder rows = new StringBuilder("id,score\n");
            for (int i = 1; i <= 1000; i++) {
                rows.append('a').append(i).append(",3\n");
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            body.write(new byte[] {'c', 'a', 'f', (byte) 0xE9, ',', '3', '\n', 'b', '1', ',', '3', '\n'});
            Result late = read(body.toByteArray(), BodyFormat.CSV);
            late.assertSingleError(1001, "(row)", "not UTF-8");
            assertTrue(late.values().stream().noneMatch(v -> v.id().contains("\uFFFD")), () -> late.values().toString());
            // in the header; and a character cut off at the end of the body
            read(new byte[] {'i', 'd', ',', 's', 'c', (byte) 0xF6, 'r', 'e', '\n', 'a', ',', '3', '\n'}, BodyFormat.CSV)
                    .assertSingleError(null, "(header)", "not UTF-8");
            read(new byte[] {'i', 'd', ',', 's', 'c', 'o', 'r', 'e', '\n', 'a', ',', '3', '\n', 'b', (byte) 0xC4},
                    BodyFormat.CSV).assertSingleError(2, "(row)", "not UTF-8");
        }

        @Test
        void utf8TextIsReadUnchangedAcrossTheDecodersBuffers() {
            // characters of 2, 3 and 4 bytes land on every offset of the 8 KB buffers; a U+FFFD sent as such is text
            String[] words = {"Đường", "Ắ€ệ", "😀é", "\uFFFD", "x"};
            List<String> ids = new ArrayList<>();
            StringBuilder body = new StringBuilder("id,score\n");
            for (int i = 1; i <= 3000; i++) {
                ids.add(words[i % words.length] + i);
                body.append(ids.get(i - 1)).append(",3\n");
            }
            Result r = csv(body.toString());
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(ids, r.values().stream().map(Sample::id).toList());
        }

        @Test
        void quotedCellsWithCommasQuotesAndNewlines() {
            Result r = csv("id,score,at\r\n"
                    + "\"a,b\",\"3.5\",\r\n"
                    + "\"two\nlines\",2,\r\n"
                    + "\"say \"\"hi\"\"\",4,\"2026-07-01T08:30:00Z\"\r\n"
                    + "last,5,\r\n");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(List.of("a,b", "two\nlines", "say \"hi\"", "last"), r.values().stream().map(Sample::id).toList());
            assertEquals(List.of(1, 2, 3, 4), r.rows(), "a multi-line cell does not shift the row numbers");
            assertEquals(new BigDecimal("3.5"), r.values().get(0).score());
            assertEquals(OffsetDateTime.parse("2026-07-01T08:30:00Z"), r.values().get(2).at());
        }

        @Test
        void unknownHeaderColumn() {
            Result r = csv("id,score,colour\na,1,red\n");
            r.assertSingleError(null, "colour", "unknown column");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void duplicateHeaderColumn() {
            Result r = csv("id,score,id\na,1,b\n");
            r.assertSingleError(null, "id", "named twice");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void missingRequiredHeaderColumn() {
            Result r = csv("id,ok\na,true\n");
            r.assertSingleError(null, "score", "missing column");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void everyHeaderProblemIsReported() {
            Result r = csv("ID,colour\n");
            assertEquals(4, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            r.assertError(0, null, "ID", "unknown column");
            r.assertError(1, null, "colour", "unknown column");
            r.assertError(2, null, "id", "missing column");
            r.assertError(3, null, "score", "missing column");
        }

        @Test
        void shortRowNamesTheRowAndTheFirstMissingField() {
            Result r = csv("id,score,ok,at\na,1,true,\nb,2\n");
            assertFalse(r.outcome().valid());
            assertEquals(1, r.outcome().invalidRows());
            r.assertError(0, 2, "ok", "the row has 2 cells, the header 4");
            assertEquals(List.of(1), r.rows());
        }

        @Test
        void longRowIsAnError() {
            Result r = csv("id,score\na,1,extra\n");
            r.assertSingleError(1, "(row)", "the row has 3 cells, the header 2");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void emptyCellIsNullAndARequiredOneIsReported() {
            Result r = csv("id,score,ok\n,2,\n");
            r.assertSingleError(1, "id", "is required");
            Result blank = csv("id,score\n   ,2\n");
            blank.assertSingleError(1, "id", "must not be blank");
        }

        @Test
        void badCellsAreEachReported() {
            Result r = csv("id,score,ok,at,calls\nthis-id-is-too-long,abc,yes,yesterday,1.5\n");
            assertEquals(5, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            r.assertError(0, 1, "id", "at most 10 characters");
            r.assertError(1, 1, "score", "must be a number, got 'abc'");
            r.assertError(2, 1, "ok", "must be true or false, got 'yes'");
            r.assertError(3, 1, "at", "ISO-8601");
            r.assertError(4, 1, "calls", "must be a whole number, got 1.5");
        }

        @Test
        void rangesAreChecked() {
            csv("id,score\na,0.99\n").assertSingleError(1, "score", "must be between 1.0 and 5.0");
            csv("id,score\na,5.01\n").assertSingleError(1, "score", "must be between 1.0 and 5.0");
            csv("id,score,calls\na,2,1001\n").assertSingleError(1, "calls", "must be between 0 and 1000");
            csv("id,score,calls\na,2,-1\n").assertSingleError(1, "calls", "must be between 0 and 1000");
            assertTrue(csv("id,score,calls\na,5.0,1E+3\n").outcome().valid(), "1E+3 is the whole number 1000");
        }

        @Test
        void nanInfinityAndHugeNumbers() {
            csv("id,score\na,NaN\n").assertSingleError(1, "score", "must be a number");
            csv("id,score\na,Infinity\n").assertSingleError(1, "score", "must be a number");
            csv("id,score\na,1e400\n").assertSingleError(1, "score", "must be between 1.0 and 5.0");
            csv("id,score,calls\na,2,99999999999999999999999\n").assertSingleError(1, "calls", "must be between 0 and 1000");
        }

        @Test
        void extremeExponentsAreRejectedCheaply() {
            // A 20-byte cell must not make the reader write out a billion digits
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> csv("id,score,calls\na,2,1e1000000000\n"));
            assertEquals(1, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            assertEquals("calls", r.error(0).field());
            assertTrue(r.error(0).message().length() < 300, "the message stays short");
            Result tiny = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> csv("id,score\na,1e-1000000000\n"));
            tiny.assertSingleError(1, "score", "between 1.0 and 5.0");
        }

        @Test
        void unterminatedQuoteIsReportedNotThrown() {
            Result r = csv("id,score\na,1\nb,\"2\n");
            assertFalse(r.outcome().valid());
            assertEquals(1, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            assertEquals("(row)", r.error(0).field());
            assertTrue(r.error(0).message().startsWith("malformed CSV"), r.error(0).message());
            assertEquals(2, r.error(0).row());
        }

        @Test
        void malformedHeaderIsReportedNotThrown() {
            Result r = csv("\"id,score\na,1\n");
            assertFalse(r.outcome().valid());
            assertEquals(1, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            assertEquals("(header)", r.error(0).field());
            assertTrue(r.error(0).message().startsWith("malformed CSV"), r.error(0).message());
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void headerOnlyHasNoRows() {
            csv("id,score\n").assertSingleError(null, "(body)", "no rows");
        }

        @Test
        void emptyBodyHasNoHeader() {
            csv("").assertSingleError(null, "(header)", "no header row");
        }

        @Test
        void listCells() {
            Result r = csv("id,score,reasons\na,2, ECHO ; NOISE \n");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(List.of("ECHO", "NOISE"), r.values().get(0).reasons());

            csv("id,score,reasons\na,2,ECHO;LOUD\n").assertSingleError(1, "reasons", "has 'LOUD'");
            csv("id,score,reasons\na,2,ECHO;NOISE;ECHO\n").assertSingleError(1, "reasons", "lists 'ECHO' twice");
            csv("id,score,reasons\na,2,ECHO;;NOISE\n").assertSingleError(1, "reasons", "empty item");
            csv("id,score,reasons\na,2,echo\n").assertSingleError(1, "reasons", "has 'echo'");
        }
    }

    @Nested
    class Json {

        @Test
        void happyPathPassesRowsInOrderWithOneBasedNumbers() {
            Result r = json("""
                    [
                      {"id": "a1", "score": 3.5, "ok": true, "at": "2026-07-01T08:30:00+07:00", "calls": 12,
                       "reasons": ["ECHO", "NOISE"]},
                      {"id": "a2", "score": 4, "ok": null, "at": null, "calls": null, "reasons": null},
                      {"score": 1, "id": "a3", "reasons": []}
                    ]""");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(3, r.outcome().rows());
            assertEquals(List.of(1, 2, 3), r.rows());
            assertEquals(new Sample("a1", new BigDecimal("3.5"), true,
                    OffsetDateTime.parse("2026-07-01T08:30:00+07:00"), 12L, List.of("ECHO", "NOISE")), r.values().get(0));
            assertEquals(new Sample("a2", new BigDecimal("4"), null, null, null, List.of()), r.values().get(1));
            assertEquals(new Sample("a3", new BigDecimal("1"), null, null, null, List.of()), r.values().get(2));
        }

        @Test
        void decimalsKeepTheirExactValue() {
            Result r = json("[{\"id\": \"a\", \"score\": 4.10000000000000000001, \"calls\": 1e3}]");
            assertTrue(r.outcome().valid(), () -> r.outcome().errors().toString());
            assertEquals(0, new BigDecimal("4.10000000000000000001").compareTo(r.values().get(0).score()));
            assertEquals(1000L, r.values().get(0).calls());
        }

        @Test
        void unknownFieldIsNamed() {
            Result r = json("[{\"id\": \"a\", \"score\": 2, \"colour\": \"red\"}]");
            r.assertSingleError(1, "colour", "unknown field");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void missingRequiredField() {
            json("[{\"score\": 2}]").assertSingleError(1, "id", "is required");
            json("[{\"id\": null, \"score\": 2}]").assertSingleError(1, "id", "is required");
        }

        @Test
        void emptyStringForARequiredFieldIsReported() {
            // "" is no value, like an empty CSV cell: a required field must not pass as null without an error
            json("[{\"id\": \"\", \"score\": 2}]").assertSingleError(1, "id", "is required");
            Result optional = json("[{\"id\": \"a\", \"score\": 2, \"at\": \"\"}]");
            assertTrue(optional.outcome().valid(), () -> optional.outcome().errors().toString());
            assertNull(optional.values().get(0).at());
        }

        @Test
        void stringForANumber() {
            json("[{\"id\": \"a\", \"score\": \"3.5\"}]").assertSingleError(1, "score", "must be a number (a JSON number)");
        }

        @Test
        void numberForAString() {
            json("[{\"id\": 17, \"score\": 3}]").assertSingleError(1, "id", "must be a string (a JSON string), got 17");
        }

        @Test
        void booleanTypes() {
            json("[{\"id\": \"a\", \"score\": 3, \"ok\": \"true\"}]").assertSingleError(1, "ok", "must be true or false (a JSON boolean)");
            json("[{\"id\": \"a\", \"score\": 3, \"ok\": 1}]").assertSingleError(1, "ok", "a JSON boolean");
            json("[{\"id\": \"a\", \"score\": true}]").assertSingleError(1, "score", "a JSON number");
            json("[{\"id\": {\"x\": 1}, \"score\": 3}]").assertSingleError(1, "id", "a JSON string");
        }

        @Test
        void aFieldGivenTwiceInARowIsRefusedNotOverwritten() {
            json("[{\"id\":\"a\",\"score\":3},{\"id\":\"b\",\"score\":3,\"id\":\"c\",\"id\":\"d\"}]")
                    .assertSingleError(2, "id", "given more than once");
        }

        @Test
        void aTimestampFinerThanAMicrosecondIsRefusedNotRounded() {
            // PostgreSQL would store .9999999 as the next second
            json("[{\"id\":\"a\",\"score\":3,\"at\":\"2026-07-01T08:30:00.123456+07:00\"},"
                    + "{\"id\":\"b\",\"score\":3,\"at\":\"2026-07-01T08:30:00.9999999+07:00\"}]")
                    .assertSingleError(2, "at", "at most 6 decimals");
            Result kept = json("[{\"id\":\"a\",\"score\":3,\"at\":\"2026-07-01T08:30:00.123456000+07:00\"}]");
            assertTrue(kept.outcome().valid(), () -> kept.outcome().errors().toString());
            assertEquals(OffsetDateTime.parse("2026-07-01T08:30:00.123456+07:00"), kept.values().get(0).at());
        }

        @Test
        void aLoneSurrogateIsRefusedNamingRowAndFieldAndAPairIsKept() {
            // UTF-8 has no form for half a pair: PostgreSQL would be sent '?'
            json("[{\"id\":\"a\\ud83d\\ude00\",\"score\":3},{\"id\":\"b\\ud800x\",\"score\":3}]")
                    .assertSingleError(2, "id", "lone surrogate (U+D800)");
            json("[{\"id\":\"\\udc00\",\"score\":3}]").assertSingleError(1, "id", "lone surrogate (U+DC00)");
            json("[{\"id\":\"a\",\"score\":3,\"reasons\":[\"ECHO\",\"\\ud83d\"]}]")
                    .assertSingleError(1, "reasons", "lone surrogate");
            Result pair = json("[{\"id\":\"a\\ud83d\\ude00\",\"score\":3}]");
            assertTrue(pair.outcome().valid(), () -> pair.outcome().errors().toString());
            assertEquals("a😀", pair.values().get(0).id());
        }

        @Test
        void nanIsNotJson() {
            Result r = json("[{\"id\": \"a\", \"score\": NaN}]");
            assertEquals(1, r.outcome().errorCount());
            assertEquals("(body)", r.error(0).field());
            assertTrue(r.error(0).message().startsWith("malformed JSON"), r.error(0).message());
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void hugeNumbers() {
            json("[{\"id\": \"a\", \"score\": 1e400}]").assertSingleError(1, "score", "finite");
            json("[{\"id\": \"a\", \"score\": -1e400}]").assertSingleError(1, "score", "finite");
            json("[{\"id\": \"a\", \"score\": 2, \"calls\": 123456789012345678901234567890}]")
                    .assertSingleError(1, "calls", "must be between 0 and 1000");
            json("[{\"id\": \"a\", \"score\": 12345678901234567890.5}]").assertSingleError(1, "score", "between 1.0 and 5.0");
        }

        @Test
        void extremeExponentsAreRejectedCheaply() {
            // 1e-1000000000 is a finite double (0.0): written out in full it is a billion digits long
            Result r = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> json("[{\"id\": \"a\", \"score\": 2, \"calls\": 1e-1000000000}]"));
            assertEquals(1, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            assertEquals("calls", r.error(0).field());
            assertTrue(r.error(0).message().length() < 300, "the message stays short");
        }

        @Test
        void malformedJsonIsReportedNotThrown() {
            Result r = json("[{\"id\": \"a\", \"score\": 2}, {\"id\": \"b\", \"score\": }]");
            assertFalse(r.outcome().valid());
            assertEquals(1, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            r.assertError(0, 2, "(body)", "malformed JSON at line 1");
        }

        @Test
        void truncatedJsonIsReported() {
            Result r = json("[{\"id\": \"a\", \"score\": 2}");
            assertEquals(1, r.outcome().errorCount());
            assertEquals("(body)", r.error(0).field());
            assertTrue(r.error(0).message().startsWith("malformed JSON"), r.error(0).message());
        }

        @Test
        void notAnArray() {
            json("{\"id\": \"a\", \"score\": 2}").assertSingleError(null, "(body)", "must be a JSON array of objects");
            json("\"text\"").assertSingleError(null, "(body)", "must be a JSON array of objects");
            json("").assertSingleError(null, "(body)", "must be a JSON array of objects");
        }

        @Test
        void elementsMustBeObjects() {
            Result r = json("[1, {\"id\": \"a\", \"score\": 2}, [\"x\"]]");
            assertEquals(2, r.outcome().errorCount(), () -> r.outcome().errors().toString());
            r.assertError(0, 1, "(row)", "must be a JSON object");
            r.assertError(1, 3, "(row)", "must be a JSON object");
            assertEquals(3, r.outcome().rows());
            assertEquals(2, r.outcome().invalidRows());
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void contentAfterTheArray() {
            json("[{\"id\": \"a\", \"score\": 2}] {}").assertSingleError(null, "(body)", "after the JSON array");
        }

        @Test
        void emptyArrayHasNoRows() {
            Result r = json("[]");
            r.assertSingleError(null, "(body)", "no rows");
            assertEquals(0, r.outcome().rows());
        }

        @Test
        void listFields() {
            json("[{\"id\": \"a\", \"score\": 2, \"reasons\": [\"ECHO\", \"LOUD\"]}]").assertSingleError(1, "reasons", "has 'LOUD'");
            json("[{\"id\": \"a\", \"score\": 2, \"reasons\": [\"NOISE\", \"NOISE\"]}]").assertSingleError(1, "reasons", "lists 'NOISE' twice");
            json("[{\"id\": \"a\", \"score\": 2, \"reasons\": \"ECHO\"}]").assertSingleError(1, "reasons", "array of strings");
            json("[{\"id\": \"a\", \"score\": 2, \"reasons\": [\"ECHO\", 3]}]").assertSingleError(1, "reasons", "array of strings");
        }
    }

    @Nested
    class Errors {

        @Test
        void consumerIsNotCalledAfterTheFirstInvalidRow() {
            Result r = csv("id,score\na,1\nb,2\n,3\nd,4\ne,5\n");
            assertEquals(List.of(1, 2), r.rows());
            assertEquals(5, r.outcome().rows());
            assertEquals(1, r.outcome().invalidRows());
            r.assertSingleError(3, "id", "is required");

            Result j = json("[{\"id\": \"a\", \"score\": 9}, {\"id\": \"b\", \"score\": 2}]");
            assertTrue(j.rows().isEmpty());
            assertEquals(2, j.outcome().rows());
        }

        @Test
        void onlyTheFirstHundredErrorsAreListedButAllAreCounted() {
            StringBuilder body = new StringBuilder("id,score\n");
            for (int i = 1; i <= 150; i++) {
                body.append(",0\n"); // two errors per row: id required, score out of range
            }
            Result r = csv(body.toString());
            assertEquals(150, r.outcome().rows());
            assertEquals(150, r.outcome().invalidRows());
            assertEquals(300, r.outcome().errorCount());
            assertEquals(Problem.MAX_LISTED_ERRORS, r.outcome().errors().size());
            r.assertError(0, 1, "id", "is required");
            r.assertError(1, 1, "score", "between");
            r.assertError(99, 50, "score", "between");
            assertTrue(r.rows().isEmpty());
        }

        @Test
        void manyInvalidJsonRowsAreCountedToo() {
            StringBuilder body = new StringBuilder("[");
            for (int i = 0; i < 101; i++) {
                body.append(i == 0 ? "" : ",").append("{\"id\": \"r").append(i).append("\", \"score\": 0}");
            }
            Result r = json(body.append("]").toString());
            assertEquals(101, r.outcome().errorCount());
            assertEquals(100, r.outcome().errors().size());
            assertEquals(100, r.error(99).row());
        }

        @Test
        void aFailingConsumerIsNotAnInputError() {
            IOException failure = new IOException("disk full");
            BatchReader.BatchWriteException e = assertThrows(BatchReader.BatchWriteException.class,
                    () -> BatchReader.read(new ByteArrayInputStream("id,score\na,1\n".getBytes(StandardCharsets.UTF_8)),
                            BodyFormat.CSV, new SampleSchema(), (row, value) -> {
                                throw failure;
                            }));
            assertSame(failure, e.getCause());
            IllegalStateException runtime = new IllegalStateException("boom");
            IllegalStateException thrown = assertThrows(IllegalStateException.class,
                    () -> BatchReader.read(new ByteArrayInputStream("[{\"id\":\"a\",\"score\":1}]".getBytes(StandardCharsets.UTF_8)),
                            BodyFormat.JSON, new SampleSchema(), (row, value) -> {
                                throw runtime;
                            }));
            assertSame(runtime, thrown);
            assertInstanceOf(RuntimeException.class, e);
        }
    }
}
