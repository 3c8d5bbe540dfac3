package org.qos.common.config;

import java.io.IOException;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import org.qos.common.validation.StorableValues;

/**
 * A timestamp of a body is read as Jackson reads it, then refused when PostgreSQL would round it
 * ({@link StorableValues#timestamp}: finer than a microsecond): an {@link UnstorableValueException}, a 400 naming the field.
 */
final class MicrosecondTimestamps extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return description.getBeanClass() == OffsetDateTime.class ? new Guard(deserializer) : deserializer;
    }

    private static final class Guard extends DelegatingDeserializer {

        Guard(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guard(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String problem = value instanceof OffsetDateTime at ? StorableValues.timestamp(at) : null;
            if (problem != null) {
                throw new UnstorableValueException(parser, problem, value, OffsetDateTime.class);
            }
            return value;
        }
    }
}
