package org.qos.common.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A value of a body that PostgreSQL could not store as sent ({@link StorableTextDeserializer},
 * {@link MicrosecondTimestamps}): its message is the field error's, and the value is not echoed.
 */
public final class UnstorableValueException extends InvalidFormatException {

    UnstorableValueException(JsonParser parser, String problem, Object value, Class<?> targetType) {
        super(parser, problem, value, targetType);
    }
}
