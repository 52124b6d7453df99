package io.github.polku.fhir.internal;

import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.StringType;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.hl7.fhir.r4.model.Type;

/**
 * The violations of one read and the typed getters that report them. Every getter takes the JSON
 * Pointer of the element it reads, so a violation points into the bundle; none throws.
 */
final class Reading {

    static final String REQUIRED = "polku.json.required";
    static final String TYPE = "polku.json.type";
    static final String UNKNOWN_CODE = "polku.json.code.unknown";
    static final String DATE = "polku.json.date";
    static final String INVALID = "polku.json.invalid";
    static final String RESOURCE_MISSING = "polku.fhir.resource.missing";
    static final String RESOURCE_DUPLICATE = "polku.fhir.resource.duplicate";
    static final String REFERENCE_UNRESOLVED = "polku.fhir.reference.unresolved";

    private final List<Violation> violations = new ArrayList<>();

    List<Violation> violations() {
        return violations;
    }

    int errorCount() {
        return violations.size();
    }

    void error(String code, String pointer) {
        violations.add(Violation.error(code, pointer, Map.of()));
    }

    void error(String code, String pointer, String argument, String value) {
        violations.add(Violation.error(code, pointer, Map.of(argument, value)));
    }

    void required(String pointer) {
        error(REQUIRED, pointer);
    }

    /** Builds a value; a value check's violations land on the given pointer, their own paths being Polku's, not the bundle's. */
    <T> T build(Supplier<T> builder, String pointer) {
        try {
            return builder.get();
        } catch (InvalidValueException e) {
            for (Violation v : e.getViolations()) {
                violations.add(Violation.of(v.getCode(), v.getSeverity(), pointer, v.getArguments()));
            }
        } catch (RuntimeException e) {
            // A builder that refuses a value (bad identifier, missing part) reports no personal data.
            error(INVALID, pointer);
        }
        return null;
    }

    // ---- extensions

    static int index(List<Extension> extensions, String url, int from) {
        for (int i = from; i < extensions.size(); i++) {
            if (url.equals(extensions.get(i).getUrl())) {
                return i;
            }
        }
        return -1;
    }

    static List<Integer> indices(List<Extension> extensions, String url) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < extensions.size(); i++) {
            if (url.equals(extensions.get(i).getUrl())) {
                found.add(i);
            }
        }
        return found;
    }

    /** The value of the first extension with the URL, checked for its type; empty if absent or of the wrong type. */
    <T extends Type> Optional<T> value(List<Extension> extensions, String url, Class<T> type, String pointer) {
        int i = index(extensions, url, 0);
        if (i < 0) {
            return Optional.empty();
        }
        return valueAt(extensions.get(i), type, pointer + "/extension/" + i);
    }

    <T extends Type> Optional<T> valueAt(Extension extension, Class<T> type, String pointer) {
        Type value = extension.getValue();
        if (!type.isInstance(value) || value.isEmpty()) {
            error(TYPE, pointer + "/value" + typeName(type), "expected", typeName(type));
            return Optional.empty();
        }
        return Optional.of(type.cast(value));
    }

    static String typeName(Class<?> type) {
        // BooleanType -> Boolean, the suffix of the JSON element valueBoolean.
        return type.getSimpleName().replace("Type", "");
    }

    <E extends Enum<E>> Optional<E> code(List<Extension> extensions, String url, Class<E> type, String pointer) {
        int i = index(extensions, url, 0);
        return i < 0 ? Optional.empty() : codeAt(extensions.get(i), type, pointer + "/extension/" + i);
    }

    <E extends Enum<E>> Optional<E> codeAt(Extension extension, Class<E> type, String pointer) {
        return valueAt(extension, CodeType.class, pointer).flatMap(code -> parse(code.getValue(), type, pointer + "/valueCode"));
    }

    <E extends Enum<E>> Optional<E> requiredCode(List<Extension> extensions, String url, Class<E> type, String pointer) {
        if (index(extensions, url, 0) < 0) {
            required(pointer + "/extension");
            return Optional.empty();
        }
        return code(extensions, url, type, pointer);
    }

    <E extends Enum<E>> List<E> codes(List<Extension> extensions, String url, Class<E> type, String pointer) {
        List<E> found = new ArrayList<>();
        for (int i : indices(extensions, url)) {
            codeAt(extensions.get(i), type, pointer + "/extension/" + i).ifPresent(found::add);
        }
        return found;
    }

    <E extends Enum<E>> Optional<E> parse(String code, Class<E> type, String pointer) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(code)) {
                return Optional.of(constant);
            }
        }
        error(UNKNOWN_CODE, pointer, "codeSet", type.getSimpleName());
        return Optional.empty();
    }

    /** The code of the first coding of the given system, reported at the codings' pointer. */
    <E extends Enum<E>> Optional<E> coding(List<Coding> codings, String system, Class<E> type, String pointer) {
        for (int i = 0; i < codings.size(); i++) {
            if (system.equals(codings.get(i).getSystem())) {
                return parse(codings.get(i).getCode(), type, pointer + "/coding/" + i + "/code");
            }
        }
        required(pointer + "/coding");
        return Optional.empty();
    }

    Optional<Boolean> bool(List<Extension> extensions, String url, String pointer) {
        return value(extensions, url, BooleanType.class, pointer).map(BooleanType::booleanValue);
    }

    Optional<String> string(List<Extension> extensions, String url, String pointer) {
        return value(extensions, url, StringType.class, pointer).map(StringType::getValue);
    }

    Optional<BigDecimal> decimal(List<Extension> extensions, String url, String pointer) {
        return value(extensions, url, DecimalType.class, pointer).map(DecimalType::getValue);
    }

    Optional<Integer> integer(List<Extension> extensions, String url, String pointer) {
        return value(extensions, url, IntegerType.class, pointer).map(IntegerType::getValue);
    }

    Optional<LocalDate> date(List<Extension> extensions, String url, String pointer) {
        int i = index(extensions, url, 0);
        if (i < 0) {
            return Optional.empty();
        }
        String at = pointer + "/extension/" + i;
        return valueAt(extensions.get(i), org.hl7.fhir.r4.model.DateType.class, at).flatMap(d -> date(d, at + "/valueDate"));
    }

    List<LocalDate> dates(List<Extension> extensions, String url, String pointer) {
        List<LocalDate> found = new ArrayList<>();
        for (int i : indices(extensions, url)) {
            String at = pointer + "/extension/" + i;
            valueAt(extensions.get(i), org.hl7.fhir.r4.model.DateType.class, at).flatMap(d -> date(d, at + "/valueDate")).ifPresent(found::add);
        }
        return found;
    }

    // ---- dates

    /** A date of at least day precision; empty if absent (not reported) or too coarse (reported). */
    Optional<LocalDate> date(BaseDateTimeType value, String pointer) {
        if (value == null || value.isEmpty() || value.getValueAsString() == null) {
            return Optional.empty();
        }
        if (value.getPrecision().ordinal() < TemporalPrecisionEnum.DAY.ordinal()) {
            error(DATE, pointer, "expected", "a full date (YYYY-MM-DD)");
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.getValueAsString().substring(0, 10)));
        } catch (RuntimeException e) {
            error(DATE, pointer, "expected", "a full date (YYYY-MM-DD)");
            return Optional.empty();
        }
    }

    Optional<LocalDate> requiredDate(BaseDateTimeType value, String pointer) {
        if (value == null || value.isEmpty()) {
            required(pointer);
            return Optional.empty();
        }
        return date(value, pointer);
    }
}
