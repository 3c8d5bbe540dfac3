package org.qos.common.config;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;

import org.qos.common.validation.StorableValues;

/**
 * Every string of a body, read as Jackson reads it (with {@link StrictJson}'s coercion rules), then refused when it
 * could not be stored as sent ({@link StorableValues}: a NUL character, a lone surrogate): an
 * {@link UnstorableValueException}, a 400 naming the field.
 */
final class StorableTextDeserializer extends StdScalarDeserializer<String> {

    StorableTextDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        String value = StringDeserializer.instance.deserialize(parser, context);
        String problem = StorableValues.text(value);
        if (problem != null) {
            throw new UnstorableValueException(parser, problem, value, String.class);
        }
        return value;
    }

    @Override
    public LogicalType logicalType() {
        return LogicalType.Textual;
    }

    @Override
    public boolean isCachable() {
        return true;
    }
}
