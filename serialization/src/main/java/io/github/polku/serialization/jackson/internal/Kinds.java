package io.github.polku.serialization.jackson.internal;

import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The value kinds of the exchange format. */
final class Kinds {


    static final Kind STRING = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            return p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : typeError(p, c, "string");
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString((String) value);
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "string");
        }

        @Override
        String describe() {
            return "string";
        }
    };

    static final Kind DATE_KIND = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return typeError(p, c, "date");
            }
            LocalDate date = parseDate(p.getString());
            return date != null ? date : c.error(JsonCodes.DATE, "expected", "YYYY-MM-DD");
        }

        @Override
        void write(JsonGenerator g, Object value) {
            LocalDate date = (LocalDate) value;
            int year = date.getYear();
            if (year < 0 || year > 9999) {
                g.writeString(date.toString());
                return;
            }
            // GH-9: LocalDate.toString() builds a StringBuilder and a String per date
            char[] text = {digit(year / 1000), digit(year / 100 % 10), digit(year / 10 % 10), digit(year % 10), '-',
                digit(date.getMonthValue() / 10), digit(date.getMonthValue() % 10), '-',
                digit(date.getDayOfMonth() / 10), digit(date.getDayOfMonth() % 10)};
            g.writeString(text, 0, text.length);
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        }

        @Override
        String describe() {
            return "date (`YYYY-MM-DD`)";
        }
    };

    static final Kind YEAR_MONTH = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return typeError(p, c, "year-month");
            }
            String text = p.getString();
            if (text.length() != 7 || text.charAt(4) != '-') {
                return c.error(JsonCodes.DATE, "expected", "YYYY-MM");
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            if (year < 0 || month < 1 || month > 12) {
                return c.error(JsonCodes.DATE, "expected", "YYYY-MM");
            }
            return YearMonth.of(year, month);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString(value.toString());
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$");
        }

        @Override
        String describe() {
            return "year-month (`YYYY-MM`)";
        }
    };

    private static final String INTEGER_RANGE = "integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

    static final Kind INTEGER = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                return integral(p.getDecimalValue(), c);
            }
            if (t != JsonToken.VALUE_NUMBER_INT) {
                return typeError(p, c, "integer");
            }
            try {
                return p.getIntValue();
            } catch (InputCoercionException e) {
                return c.error(JsonCodes.NUMBER, "expected", INTEGER_RANGE);
            }
        }

        /**
         * GH-14: an integral number written with a fraction or an exponent ({@code 2.0}, {@code 1E+1})
         * is an integer, as in JSON Schema 2020-12; {@code 2.5} is not.
         */
        private Object integral(BigDecimal value, ReadContext c) {
            if (value.signum() == 0) {
                return 0;
            }
            // digits before the decimal point, bounded first: 1E+999999999 must not be expanded
            if ((long) value.precision() - value.scale() > 10) {
                return c.error(JsonCodes.NUMBER, "expected", INTEGER_RANGE);
            }
            BigDecimal stripped = value.stripTrailingZeros();
            if (stripped.scale() > 0) {
                return c.error(JsonCodes.TYPE, "expected", "integer");
            }
            try {
                return stripped.intValueExact();
            } catch (ArithmeticException e) {
                return c.error(JsonCodes.NUMBER, "expected", INTEGER_RANGE);
            }
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeNumber((Integer) value);
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE);
        }

        @Override
        String describe() {
            return "integer";
        }
    };

    /** The most digits a decimal may have before, and after, its decimal point. */
    static final int MAX_DECIMAL_DIGITS = 100;
    private static final String DECIMAL_RANGE = "at most " + MAX_DECIMAL_DIGITS + " digits before and "
            + MAX_DECIMAL_DIGITS + " after the decimal point";

    /** A JSON number, read from an integer or a fraction token and described as {@code number}. */
    abstract static class NumberKind extends Kind {
        @Override
        final Object read(JsonParser p, ReadContext c) {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                return typeError(p, c, "number");
            }
            return readNumber(p, c);
        }

        /** Reads the current number token; the value or {@link ReadContext#INVALID}. */
        abstract Object readNumber(JsonParser p, ReadContext c);

        @Override
        final ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return bounds(f.objectNode().put("type", "number"));
        }

        /** GH-14: adds the range the reader accepts to the schema, so the two refuse the same numbers. */
        abstract ObjectNode bounds(ObjectNode schema);

        @Override
        final String describe() {
            return "number";
        }
    }

    static final Kind DECIMAL = new NumberKind() {
        @Override
        Object readNumber(JsonParser p, ReadContext c) {
            BigDecimal value = p.getDecimalValue();
            // GH-10: the fuzz run found 1.0E+2147483648 read as valid and then unwritable (a plain
            // decimal needs a scale within +-9999), and toPlainString() of such a number is a string of
            // billions of digits: bound the digits on both sides of the decimal point
            if ((long) value.precision() - value.scale() > MAX_DECIMAL_DIGITS
                    || value.scale() > MAX_DECIMAL_DIGITS && value.stripTrailingZeros().scale() > MAX_DECIMAL_DIGITS) {
                return c.error(JsonCodes.NUMBER, "expected", DECIMAL_RANGE);
            }
            return value;
        }

        @Override
        ObjectNode bounds(ObjectNode schema) {
            // at most MAX_DECIMAL_DIGITS digits before the point: |x| < 1E+100; and after it: a multiple of 1E-100
            BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(MAX_DECIMAL_DIGITS);
            return schema.put("exclusiveMinimum", limit.negate()).put("exclusiveMaximum", limit)
                    .put("multipleOf", BigDecimal.ONE.scaleByPowerOfTen(-MAX_DECIMAL_DIGITS));
        }

        @Override
        void write(JsonGenerator g, Object value) {
            BigDecimal decimal = (BigDecimal) value;
            if (decimal.scale() == 0 && decimal.precision() <= 18) {
                // GH-9: whole numbers (scores, counts of hours) without toPlainString()
                g.writeNumber(decimal.longValue());
            } else {
                g.writeNumber(decimal);
            }
        }
    };

    /** A finite binary floating-point number; whole values are written without a fraction. */
    static final Kind DOUBLE = new NumberKind() {
        @Override
        Object readNumber(JsonParser p, ReadContext c) {
            double value = p.getDoubleValue();
            return Double.isFinite(value) ? (Object) value : c.error(JsonCodes.NUMBER, "expected", "a finite number");
        }

        @Override
        ObjectNode bounds(ObjectNode schema) {
            // a finite binary floating-point number: within +-Double.MAX_VALUE
            return schema.put("minimum", -Double.MAX_VALUE).put("maximum", Double.MAX_VALUE);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            double d = (Double) value;
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                g.writeNumber((long) d);
            } else {
                g.writeNumber(d);
            }
        }
    };

    static final Kind BOOLEAN = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            return t == JsonToken.VALUE_FALSE ? Boolean.FALSE : typeError(p, c, "boolean");
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeBoolean((Boolean) value);
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "boolean");
        }

        @Override
        String describe() {
            return "boolean";
        }
    };

    /** A Finnish personal identity code; its own check codes are reported at the value's pointer. */
    static final Kind IDENTITY_CODE = new Kind() {
        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return typeError(p, c, "string");
            }
            String text = p.getString();
            ValidationReport report = PersonalIdentityCode.check(text, true);
            if (!report.getViolations().isEmpty()) {
                c.relocate(report.getViolations());
                return ReadContext.INVALID;
            }
            return PersonalIdentityCode.parseAllowingTemporary(text);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString(((PersonalIdentityCode) value).toUnmaskedString());
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return f.objectNode().put("type", "string").put("pattern", IDENTITY_CODE_PATTERN);
        }

        @Override
        String describe() {
            return "personal identity code (henkilötunnus)";
        }
    };

    /**
     * The shape of a personal identity code; lower-case letters are read as upper-case
     * ({@code PersonalIdentityCode.parse}).
     */
    static final String IDENTITY_CODE_PATTERN = Identifiers.IDENTITY_CODE_SCHEMA_PATTERN;

    /** GH-14: the syntax of every identifier ({@code Identifier}): 1-64 characters, letter or digit first. */
    static final String IDENTIFIER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** The longest identifier. */
    static final int IDENTIFIER_MAX_LENGTH = 64;

    private Kinds() {
    }

    /** Parses {@code YYYY-MM-DD} without a formatter (the reader's hot path); null if not a date. */
    static LocalDate parseDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    /** The value of ASCII digits, or -1 if any character is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }

    /** An identifier type with a static {@code of(String)} factory and {@code getValue()}. */
    static final class IdKind extends Kind {
        private final Class<?> type;
        private final Function<Object, Object> of;

        IdKind(Class<?> type) {
            this.type = type;
            try {
                this.of = Accessors.staticFunction(type.getMethod("of", String.class));
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(type + " has no of(String)", e);
            }
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return typeError(p, c, "string");
            }
            // Outside the try: a limit exceeded while reading the string is the reader's to report
            String text = p.getString();
            try {
                return of.apply(text);
            } catch (RuntimeException e) {
                return Descriptors.failed(e, c);
            }
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString(((io.github.polku.identifier.Identifier) value).getValue());
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            ObjectNode node = f.objectNode().put("type", "string").put("minLength", 1).put("maxLength", IDENTIFIER_MAX_LENGTH)
                    .put("pattern", IDENTIFIER_PATTERN);
            // never shaped like a personal identity code (polku.id.identityCode)
            node.putObject("not").put("pattern", IDENTITY_CODE_PATTERN);
            return node;
        }

        @Override
        String describe() {
            return "identifier (" + type.getSimpleName() + ")";
        }
    }

    /** A code from a closed code set. */
    static final class CodeKind extends Kind {
        final EnumCodes<?> codes;

        CodeKind(EnumCodes<?> codes) {
            this.codes = codes;
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return typeError(p, c, "code");
            }
            Object value = codes.fromCode(p.getString());
            return value != null ? value : c.error(JsonCodes.UNKNOWN_CODE, "codeSet", codes.name());
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeString(codes.serializedCodeOf(value));
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            ObjectNode node = f.objectNode().put("type", "string");
            ArrayNode values = node.putArray("enum");
            codes.codes().forEach(values::add);
            return node;
        }

        @Override
        String describe() {
            return "code (" + codes.name() + ")";
        }
    }

    /** A nested object of a described type. */
    static final class ObjectKind extends Kind {
        private final Descriptors registry;
        private final Class<?> type;
        private TypeDescriptor descriptor;

        ObjectKind(Descriptors registry, Class<?> type) {
            this.registry = registry;
            this.type = type;
        }

        TypeDescriptor descriptor() {
            TypeDescriptor d = descriptor;
            if (d == null) {
                d = registry.of(type);
                descriptor = d;
            }
            return d;
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return typeError(p, c, "object");
            }
            return descriptor().readObject(p, c);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeStartObject();
            descriptor().writeProperties(g, value);
            g.writeEndObject();
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            TypeDescriptor d = descriptor();
            if (!defs.has(d.name())) {
                defs.putNull(d.name());
                defs.set(d.name(), d.schema(f, defs, null));
            }
            return f.objectNode().put("$ref", "#/$defs/" + d.name());
        }

        @Override
        String describe() {
            return "object ([" + descriptor().name() + "](#" + descriptor().name().toLowerCase(java.util.Locale.ROOT) + "))";
        }
    }

    /** A JSON array read as a list, or as a set when {@code set} (written in a sorted order). */
    static final class ListKind extends Kind {
        final Kind element;
        private final boolean set;

        ListKind(Kind element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return typeError(p, c, "array");
            }
            Collection<Object> values = set ? new LinkedHashSet<>() : new ArrayList<>();
            // GH-14: a set refuses a duplicate at its second occurrence, as the schema's uniqueItems does;
            // numbers are equal by value (1 and 1.0), as in JSON Schema
            Map<Object, Integer> firstIndex = set ? new HashMap<>() : null;
            boolean ok = true;
            int index = 0;
            while (true) {
                int at = index++;
                c.push(at);
                if (p.nextToken() == JsonToken.END_ARRAY) {
                    c.pop();
                    break;
                }
                Object v = element.read(p, c);
                Integer first = v == ReadContext.INVALID || !set ? null : firstIndex.putIfAbsent(sameness(v), at);
                if (first != null) {
                    c.pop();
                    c.errorAt(Integer.toString(at), JsonCodes.DUPLICATE_ITEM, "first", c.pointer(Integer.toString(first)));
                    ok = false;
                    continue;
                }
                c.pop();
                if (v == ReadContext.INVALID) {
                    ok = false;
                    values.clear();     // GH-21: an invalid list is never built; do not hold its values
                } else if (ok) {
                    values.add(v);
                }
            }
            return ok ? values : ReadContext.INVALID;
        }

        private static Object sameness(Object value) {
            if (value instanceof BigDecimal) {
                BigDecimal d = (BigDecimal) value;
                return d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
            }
            return value instanceof Double && (Double) value == 0.0 ? 0.0 : value;
        }

        @Override
        void write(JsonGenerator g, Object value) {
            Collection<?> values = (Collection<?>) value;
            g.writeStartArray();
            for (Object v : set ? sorted(values) : values) {
                element.write(g, v);
            }
            g.writeEndArray();
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private List<?> sorted(Collection<?> values) {
            List<Object> list = new ArrayList<>(values);
            if (element instanceof CodeKind) {
                EnumCodes<?> codes = ((CodeKind) element).codes;
                list.sort(Comparator.comparing(codes::codeOf));
            } else if (!list.isEmpty() && list.get(0) instanceof Comparable) {
                list.sort((Comparator) Comparator.naturalOrder());
            }
            return list;
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            ObjectNode node = f.objectNode().put("type", "array");
            node.set("items", element.schema(f, defs));
            if (set) {
                node.put("uniqueItems", true);
            }
            return node;
        }

        @Override
        String describe() {
            return "array of " + element.describe() + (set ? ", unique" : "");
        }
    }

    /**
     * GH-14: a violation's message: texts by language tag, written in the order given
     * ({@code fi}, {@code sv}, {@code en}). When read it must be an object of strings, any language
     * or none, and is then ignored: a receiver renders the text of its own Polku version.
     */
    static final class TextsKind extends Kind {
        private final MapKind texts = new MapKind(false, STRING);

        @Override
        Object read(JsonParser p, ReadContext c) {
            return texts.read(p, c);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                g.writeName((String) e.getKey());
                g.writeString((String) e.getValue());
            }
            g.writeEndObject();
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return texts.schema(f, defs);
        }

        @Override
        String describe() {
            return "object of language tags (`fi`, `sv`, `en`, ...) to string; ignored when read";
        }
    }

    /**
     * A JSON object used as a map with string, integer or code keys, written in sorted key order
     * (codes in the order of their code set).
     */
    static final class MapKind extends Kind {
        private final boolean integerKeys;
        /** The code set of the keys, or null for string and integer keys. */
        final EnumCodes<?> keyCodes;
        final Kind value;

        MapKind(boolean integerKeys, Kind value) {
            this.integerKeys = integerKeys;
            this.keyCodes = null;
            this.value = value;
        }

        MapKind(EnumCodes<?> keyCodes, Kind value) {
            this.integerKeys = false;
            this.keyCodes = keyCodes;
            this.value = value;
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return typeError(p, c, "object");
            }
            Map<Object, Object> values = new LinkedHashMap<>();
            boolean ok = true;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                c.push(name);
                p.nextToken();
                Object key = name;
                if (keyCodes != null) {
                    key = keyCodes.fromCode(name);
                    if (key == null) {
                        key = ReadContext.INVALID;
                        c.error(JsonCodes.UNKNOWN_CODE, "codeSet", keyCodes.name());
                    }
                } else if (integerKeys) {
                    try {
                        key = Integer.valueOf(name);
                    } catch (NumberFormatException e) {
                        key = ReadContext.INVALID;
                        c.error(JsonCodes.NUMBER, "expected", "integer key");
                    }
                }
                Object v = key == ReadContext.INVALID ? skip(p) : value.read(p, c);
                c.pop();
                if (v == ReadContext.INVALID) {
                    ok = false;
                } else if (values.putIfAbsent(key, v) != null) {
                    c.errorAt(name, JsonCodes.DUPLICATE_PROPERTY);
                    ok = false;
                }
            }
            return ok ? values : ReadContext.INVALID;
        }

        private static Object skip(JsonParser p) {
            p.skipChildren();
            return ReadContext.INVALID;
        }

        @Override
        void write(JsonGenerator g, Object v) {
            Map<?, ?> map = (Map<?, ?>) v;
            g.writeStartObject();
            if (inKeyOrder(map)) {
                // GH-9: the model's maps are usually built in key order; no copy, no sort
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeName(keyName(e.getKey()));
                    value.write(g, e.getValue());
                }
            } else {
                List<Object> keys = new ArrayList<>(map.keySet());
                keys.sort(integerKeys ? Comparator.comparing(k -> (Integer) k)
                        : keyCodes != null ? Comparator.comparing(k -> ((Enum<?>) k).ordinal()) : Comparator.comparing(k -> (String) k));
                for (Object key : keys) {
                    g.writeName(keyName(key));
                    value.write(g, map.get(key));
                }
            }
            g.writeEndObject();
        }

        private String keyName(Object key) {
            return keyCodes != null ? keyCodes.codeOf(key) : key.toString();
        }

        /** Whether iterating the map visits its keys in ascending order (codes: declaration order). */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static boolean inKeyOrder(Map<?, ?> map) {
            Comparable previous = null;
            for (Object key : map.keySet()) {
                Comparable k = (Comparable) key;
                if (previous != null && previous.compareTo(k) > 0) {
                    return false;
                }
                previous = k;
            }
            return true;
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            ObjectNode node = f.objectNode().put("type", "object");
            if (integerKeys) {
                node.putObject("propertyNames").put("pattern", "^-?[0-9]+$");
            } else if (keyCodes != null) {
                ArrayNode names = node.putObject("propertyNames").putArray("enum");
                keyCodes.codes().forEach(names::add);
            }
            node.set("additionalProperties", value.schema(f, defs));
            return node;
        }

        @Override
        String describe() {
            String keys = keyCodes != null ? "code (" + keyCodes.name() + ")" : integerKeys ? "integer" : "string";
            return "object of " + keys + " keys to " + value.describe();
        }
    }
}
