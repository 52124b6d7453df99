package io.github.polku.serialization.jackson.internal;

import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Reads a violation on its own, written by {@link ViolationSerializer}, through the same
 * descriptor as a {@code VALIDATION_REPORT} document. The message is ignored: it is rendered
 * again from the code, so a receiver shows the text of its own Polku version. The mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} decides strict or lenient.
 */
public final class ViolationDeserializer extends StdDeserializer<Violation> {

    /** Creates the deserializer. */
    public ViolationDeserializer() {
        super(Violation.class);
    }

    @Override
    public Violation deserialize(JsonParser p, DeserializationContext ctxt) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return ctxt.reportInputMismatch(Violation.class, "A violation must be a JSON object");
        }
        ReadContext c = new ReadContext(ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES));
        Object value = Descriptors.get().of(Violation.class).readObject(p, c);
        ValidationReport problems = ValidationReport.of(c.violations());
        if (value == ReadContext.INVALID || !problems.isValid()) {
            Violation first = problems.getViolations().isEmpty() ? null : problems.getViolations().get(0);
            return ctxt.reportInputMismatch(Violation.class, "Invalid violation: %d problem(s), first %s at '%s'",
                    problems.getViolations().size(), first == null ? "-" : first.getCode(), first == null ? "" : first.getPath());
        }
        return (Violation) value;
    }
}
