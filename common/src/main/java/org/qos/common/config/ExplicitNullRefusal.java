package org.qos.common.config;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

/**
 * A request body's field is either given a value or left out: an explicit JSON {@code null} is refused (a 400
 * naming the field) unless the field's schema says {@code nullable}, i.e. the document states what {@code null}
 * means for it. Without this, {@code "binMeters": null} would silently mean "the default", which a client could
 * not learn from the contract. Applies to the request records of the API (records of this project named
 * {@code *Request}), not to what a service reads from another (the gateway reads results that carry nulls).
 */
final class ExplicitNullRefusal extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
            JsonDeserializer<?> deserializer) {
        Class<?> type = description.getBeanClass();
        if (!isRequestBody(type)) {
            return deserializer;
        }
        Set<String> nullable = new HashSet<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (declaresNullable(property.getConstructorParameter()) || declaresNullable(property.getField())
                    || declaresNullable(property.getGetter())) {
                nullable.add(property.getName());
            }
        }
        return new Guard(deserializer, type, Set.copyOf(nullable));
    }

    static boolean isRequestBody(Class<?> type) {
        return type.isRecord() && type.getSimpleName().endsWith("Request") && type.getPackageName().startsWith("org.qos.");
    }

    private static boolean declaresNullable(AnnotatedMember member) {
        Schema schema = member == null ? null : member.getAnnotation(Schema.class);
        return schema != null && schema.nullable();
    }

    /** Reads the object once as a tree, refuses the first explicit null of a field not declared nullable. */
    private static final class Guard extends DelegatingDeserializer {

        private final Class<?> type;
        private final Set<String> nullable;

        Guard(JsonDeserializer<?> delegate, Class<?> type, Set<String> nullable) {
            super(delegate);
            this.type = type;
            this.nullable = nullable;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Guard(delegate, type, nullable);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.START_OBJECT)) {
                return super.deserialize(parser, context);
            }
            JsonNode tree = context.readTree(parser);
            for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull() && !nullable.contains(field.getKey())) {
                    InvalidNullException refused = InvalidNullException.from(context,
                            PropertyName.construct(field.getKey()), context.constructType(type));
                    refused.prependPath(type, field.getKey());
                    throw refused;
                }
            }
            try (JsonParser values = tree.traverse(parser.getCodec())) {
                values.nextToken();
                return _delegatee.deserialize(values, context);
            }
        }
    }
}
