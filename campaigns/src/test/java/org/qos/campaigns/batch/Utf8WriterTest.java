package org.qos.campaigns.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The COPY text's UTF-8 writer gives the bytes an OutputStreamWriter gives, whatever the buffer size. */
class Utf8WriterTest {

    private static final String[] PIECES = {"a", "call-17", "\t", "é", "Ωmega", "Hà Nội", "\uD83D\uDCDE", "€", "\\N",
            "\uD800", "\uDC00", "x\uD83Dy"};

    @Test
    void randomTextIsEncodedAsOutputStreamWriterEncodesIt() throws IOException {
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(60); i > 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (OutputStreamWriter reference = new OutputStreamWriter(expected, StandardCharsets.UTF_8)) {
                reference.write(text.toString());
            }
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            Utf8Writer writer = new Utf8Writer(actual, 1 + random.nextInt(40));
            // in pieces of every form: a string's range, a char array's range, single characters
            String whole = text.toString();
            int at = 0;
            while (at < whole.length()) {
                int length = Math.min(whole.length() - at, 1 + random.nextInt(7));
                switch (random.nextInt(3)) {
                    case 0 -> writer.write(whole, at, length);
                    case 1 -> writer.write(whole.toCharArray(), at, length);
                    default -> {
                        for (int i = at; i < at + length; i++) {
                            writer.write(whole.charAt(i));
                        }
                    }
                }
                at += length;
            }
            writer.close();
            assertArrayEquals(expected.toByteArray(), actual.toByteArray(), "round " + round + ": " + whole);
        }
    }
}
