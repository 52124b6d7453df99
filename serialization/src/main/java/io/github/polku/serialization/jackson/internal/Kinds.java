package io.github.polku.serialization.jackson.internal;

import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.identifier.Identifier;
import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.BiFunction;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scalar kinds of the exchange format: strings, dates, numbers, booleans, identity codes and
 * identifiers. Each is one {@link Scalar}: a reader, a writer, a schema and a description.
 */
final class Kinds {

    /**
     * The shape of a personal identity code; lower-case letters are read as upper-case
     * ({@code PersonalIdentityCode.parse}).
     */
    static final String IDENTITY_CODE_PATTERN = Identifiers.IDENTITY_CODE_SCHEMA_PATTERN;

    /** GH-14: the syntax of every identifier ({@code Identifier}): 1-64 characters, letter or digit first. */
    static final String IDENTIFIER_PATTERN = "^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$";

    /** The longest identifier. */
    static final int IDENTIFIER_MAX_LENGTH = 64;

    /** The most digits a decimal may have before, and after, its decimal point. */
    static final int MAX_DECIMAL_DIGITS = 100;

    private static final String INTEGER_RANGE = "integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
    private static final String DECIMAL_RANGE = "at most " + MAX_DECIMAL_DIGITS + " digits before the decimal point";

    static final Kind STRING = new Scalar("string", f -> f.objectNode().put("type", "string"),
            text("string", (text, c) -> text), (g, v) -> g.writeString((String) v));

    static final Kind DATE_KIND = new Scalar("date (`YYYY-MM-DD`)",
            f -> f.objectNode().put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
            text("date", Kinds::readDate), Kinds::writeDate);

    static final Kind YEAR_MONTH = new Scalar("year-month (`YYYY-MM`)",
            f -> f.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-(0[1-9]|1[0-2])$"),
            text("year-month", Kinds::readYearMonth), (g, v) -> g.writeString(v.toString()));

    static final Kind INTEGER = new Scalar("integer",
            f -> f.objectNode().put("type", "integer").put("minimum", Integer.MIN_VALUE).put("maximum", Integer.MAX_VALUE),
            Kinds::readInteger, (g, v) -> g.writeNumber((Integer) v));

    static final Kind DECIMAL = new Scalar("number", Kinds::decimalSchema, number(Kinds::readDecimal), Kinds::writeDecimal);

    /** A finite binary floating-point number; whole values are written without a fraction. */
    static final Kind DOUBLE = new Scalar("number", Kinds::doubleSchema, number(Kinds::readDouble), Kinds::writeDouble);

    static final Kind BOOLEAN = new Scalar("boolean", f -> f.objectNode().put("type", "boolean"),
            Kinds::readBoolean, (g, v) -> g.writeBoolean((Boolean) v));

    /** A Finnish personal identity code; its own check codes are reported at the value's pointer. */
    static final Kind IDENTITY_CODE = new Scalar("personal identity code (henkilötunnus)",
            f -> f.objectNode().put("type", "string").put("pattern", IDENTITY_CODE_PATTERN),
            text("string", Kinds::readIdentityCode), (g, v) -> g.writeString(((PersonalIdentityCode) v).toUnmaskedString()));

    private Kinds() {
    }

    /** Reads one value whose first token is current; the value or {@link ReadContext#INVALID}. */
    @FunctionalInterface
    interface Reader {
        Object read(JsonParser p, ReadContext c);
    }

    /** Writes one value. */
    @FunctionalInterface
    interface Writer {
        void write(JsonGenerator g, Object value);
    }

    /** A kind made of a reader, a writer, a fixed schema (a new node each time: refinements change it) and a description. */
    static final class Scalar extends Kind {
        private final String description;
        private final Function<JsonNodeFactory, ObjectNode> schema;
        private final Reader reader;
        private final Writer writer;

        Scalar(String description, Function<JsonNodeFactory, ObjectNode> schema, Reader reader, Writer writer) {
            this.description = description;
            this.schema = schema;
            this.reader = reader;
            this.writer = writer;
        }

        @Override
        Object read(JsonParser p, ReadContext c) {
            return reader.read(p, c);
        }

        @Override
        void write(JsonGenerator g, Object value) {
            writer.write(g, value);
        }

        @Override
        ObjectNode schema(JsonNodeFactory f, ObjectNode defs) {
            return schema.apply(f);
        }

        @Override
        String describe() {
            return description;
        }
    }

    /**
     * An identifier type with a static {@code of(String)} factory and {@code getValue()}: a string
     * that is never shaped like a personal identity code ({@code polku.id.identityCode}).
     */
    static Kind identifier(Class<?> type) {
        Function<Object, Object> of;
        try {
            of = Accessors.staticFunction(type.getMethod("of", String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " has no of(String)", e);
        }
        return new Scalar("identifier (" + type.getSimpleName() + ")", Kinds::identifierSchema, text("string", (text, c) -> {
            // the string is read before: a limit exceeded while reading it is the reader's to report
            try {
                return of.apply(text);
            } catch (RuntimeException e) {
                return c.failed(e);
            }
        }), (g, v) -> g.writeString(((Identifier) v).getValue()));
    }

    private static ObjectNode identifierSchema(JsonNodeFactory f) {
        ObjectNode node = f.objectNode().put("type", "string").put("minLength", 1).put("maxLength", IDENTIFIER_MAX_LENGTH)
                .put("pattern", IDENTIFIER_PATTERN);
        node.putObject("not").put("pattern", IDENTITY_CODE_PATTERN);
        return node;
    }

    /** Reads a string token with {@code parse}; any other token is a type error naming {@code expected}. */
    private static Reader text(String expected, BiFunction<String, ReadContext, Object> parse) {
        return (p, c) -> p.currentToken() == JsonToken.VALUE_STRING ? parse.apply(p.getString(), c) : Kind.typeError(p, c, expected);
    }

    /** Reads an integer or a fraction token with {@code read}; any other token is a type error. */
    private static Reader number(Reader read) {
        return (p, c) -> {
            JsonToken t = p.currentToken();
            return t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT ? read.read(p, c) : Kind.typeError(p, c, "number");
        };
    }

    /**
     * GH-14: a decimal as the reader takes it, at most {@value #MAX_DECIMAL_DIGITS} digits before the
     * point (|x| below 1E+100), so the two refuse the same numbers. The digits after the point are a
     * limit ({@code polku.json.limit.numberLength}), not a {@code multipleOf}: validators that check
     * {@code multipleOf} in binary floating point (ajv by default) would refuse every decimal.
     */
    private static ObjectNode decimalSchema(JsonNodeFactory f) {
        BigDecimal limit = BigDecimal.ONE.scaleByPowerOfTen(MAX_DECIMAL_DIGITS);
        return f.objectNode().put("type", "number").put("exclusiveMinimum", limit.negate()).put("exclusiveMaximum", limit);
    }

    /** GH-14: a finite binary floating-point number, within +-Double.MAX_VALUE. */
    private static ObjectNode doubleSchema(JsonNodeFactory f) {
        return f.objectNode().put("type", "number").put("minimum", -Double.MAX_VALUE).put("maximum", Double.MAX_VALUE);
    }

    private static Object readDate(String text, ReadContext c) {
        LocalDate date = parseDate(text);
        return date != null ? date : c.error(JsonCodes.DATE, "expected", "YYYY-MM-DD");
    }

    private static void writeDate(JsonGenerator g, Object value) {
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

    private static Object readYearMonth(String text, ReadContext c) {
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

    private static Object readInteger(JsonParser p, ReadContext c) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT) {
            return integral(p.getDecimalValue(), c);
        }
        if (t != JsonToken.VALUE_NUMBER_INT) {
            return Kind.typeError(p, c, "integer");
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
    private static Object integral(BigDecimal value, ReadContext c) {
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

    private static Object readDecimal(JsonParser p, ReadContext c) {
        BigDecimal value = p.getDecimalValue();
        // GH-10: the fuzz run found 1.0E+2147483648 read as valid and then unwritable (a plain
        // decimal needs a scale within +-9999), and toPlainString() of such a number is a string of
        // billions of digits: bound the digits on both sides of the decimal point. GH-14: before it, a
        // range the schema states (|x| < 1E+100); after it, a limit of the plain notation Polku writes
        // (1E-101 needs 101 digits after the point), which no float-based schema validator can check
        if ((long) value.precision() - value.scale() > MAX_DECIMAL_DIGITS) {
            return c.error(JsonCodes.NUMBER, "expected", DECIMAL_RANGE);
        }
        if (value.scale() > MAX_DECIMAL_DIGITS && value.stripTrailingZeros().scale() > MAX_DECIMAL_DIGITS) {
            return c.error(JsonCodes.LIMIT_NUMBER_LENGTH, "max", MAX_DECIMAL_DIGITS);
        }
        return value;
    }

    private static void writeDecimal(JsonGenerator g, Object value) {
        BigDecimal decimal = (BigDecimal) value;
        if (decimal.scale() == 0 && decimal.precision() <= 18) {
            // GH-9: whole numbers (scores, counts of hours) without toPlainString()
            g.writeNumber(decimal.longValue());
        } else {
            g.writeNumber(decimal);
        }
    }

    private static Object readDouble(JsonParser p, ReadContext c) {
        double value = p.getDoubleValue();
        return Double.isFinite(value) ? (Object) value : c.error(JsonCodes.NUMBER, "expected", "a finite number");
    }

    private static void writeDouble(JsonGenerator g, Object value) {
        double d = (Double) value;
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber((long) d);
        } else {
            g.writeNumber(d);
        }
    }

    private static Object readBoolean(JsonParser p, ReadContext c) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        }
        return t == JsonToken.VALUE_FALSE ? Boolean.FALSE : Kind.typeError(p, c, "boolean");
    }

    private static Object readIdentityCode(String text, ReadContext c) {
        ValidationReport report = PersonalIdentityCode.check(text, true);
        if (!report.getViolations().isEmpty()) {
            c.relocate(report.getViolations());
            return ReadContext.INVALID;
        }
        return PersonalIdentityCode.parseAllowingTemporary(text);
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
        } catch (DateTimeException e) {
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
}
