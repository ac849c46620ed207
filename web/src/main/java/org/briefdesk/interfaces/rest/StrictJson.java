package org.briefdesk.interfaces.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;

/**
 * Request bodies are read with JSON's own types: {@code "title":123} is not the title "123" and
 * {@code "urgent":"yes"} is not false. A value of the wrong type is a 400 problem naming the field
 * (see {@link ProblemMappers}), so a client's mistake never changes what is stored.
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(
            new JsonbConfig().withDeserializers(new Strings(), new Booleans(), new Longs(), new Integers()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    static final class Strings implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue v = parser.getValue();
            if (v instanceof JsonString s) {
                return s.getString();
            }
            if (v.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            throw new JsonbException("应为文字（带引号的字符串）");
        }
    }

    static final class Booleans implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> true;
                case FALSE -> false;
                case NULL -> null;
                default -> throw new JsonbException("只能是 true 或 false");
            };
        }
    }

    static final class Longs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber n = wholeNumber(parser.getValue());
            return n == null ? null : n.longValueExact();
        }
    }

    static final class Integers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber n = wholeNumber(parser.getValue());
            return n == null ? null : n.intValueExact();
        }
    }

    private static JsonNumber wholeNumber(JsonValue v) {
        if (v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                n.longValueExact();
                return n;
            } catch (ArithmeticException e) {
                throw new JsonbException("数值超出范围");
            }
        }
        throw new JsonbException("应为整数（不带引号）");
    }
}
