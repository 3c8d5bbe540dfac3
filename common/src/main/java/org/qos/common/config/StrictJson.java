package org.qos.common.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Request bodies are read as the API documents them, never coerced: a number or a boolean is not text
 * ({@code "subject": false} is not the subject "false"), a number is not a boolean ({@code "written": 0}), text is
 * not a number, and an integer field takes integers only ({@code 1.9} or {@code 2.5e-42} for a count is refused,
 * not rounded), and a request's field is given a value or left out, never {@code null} unless its schema says what
 * {@code null} means ({@link ExplicitNullRefusal}), and text holds nothing PostgreSQL could not store as sent
 * ({@link StorableTextDeserializer}: NUL, a lone surrogate), nor a timestamp PostgreSQL would round
 * ({@link MicrosecondTimestamps}); and a field is given once ({@code {"subject":"a","subject":"b"}} would keep "b"
 * unseen). Each refusal is a 400 problem naming the field (common's
 * exception mappers).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        for (LogicalType number : new LogicalType[] {LogicalType.Integer, LogicalType.Float}) {
            mapper.coercionConfigFor(number)
                    .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("explicit-null-refusal").setDeserializerModifier(new ExplicitNullRefusal()));
        mapper.registerModule(new SimpleModule("storable-values").addDeserializer(String.class, new StorableTextDeserializer())
                .setDeserializerModifier(new MicrosecondTimestamps()));
    }
}
