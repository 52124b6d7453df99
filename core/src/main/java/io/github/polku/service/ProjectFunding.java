package io.github.polku.service;

import io.github.polku.internal.validation.Identifiers;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Violation;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The project that funds a service (fi: hankerahoitus, sv: projektfinansiering), for example an
 * ESF-funded project such as VALSKU.
 * <p>
 * The funder or programme code names the source of money ({@code ESF}, {@code STEA}, ...); the
 * project code names the project within it. Both are codes, not personal data.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProjectFunding {

    /** The code of a blank funder code. */
    public static final String FUNDER_BLANK = "polku.service.funding.funderBlank";

    ProjectFunding() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder for project funding.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains project funding with a funder code and no project code.
     *
     * @param funderCode  the funder or programme code, such as {@code ESF}, not null, not blank
     * @return the project funding, not null
     * @throws InvalidValueException with code {@value #FUNDER_BLANK} if the code is blank
     */
    public static ProjectFunding of(String funderCode) {
        return builder().funderCode(funderCode).build();
    }

    /**
     * Gets the funder or programme code, such as {@code ESF}.
     *
     * @return the code, not null, not blank
     */
    public abstract String getFunderCode();

    /**
     * Gets the project code given by the funder.
     *
     * @return the project code, empty if not recorded, not null
     */
    public abstract Optional<String> getProjectCode();

    /**
     * Checks that the funder code is not blank.
     *
     * @throws InvalidValueException with code {@value #FUNDER_BLANK} at {@code /funderCode}, or
     *     {@code polku.id.identityCode} if a code holds something shaped like a personal identity code
     */
    @Value.Check
    protected void check() {
        if (getFunderCode().isBlank()) {
            throw InvalidValueException.of(Violation.error(FUNDER_BLANK, "/funderCode", Map.of()));
        }
        Identifiers.requireFree(getFunderCode(), "funderCode");
        getProjectCode().ifPresent(code -> Identifiers.requireFree(code, "projectCode"));
    }

    /**
     * Builder for {@code ProjectFunding}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableProjectFunding.Builder {
        /** Creates an empty builder; use {@link ProjectFunding#builder()}. */
        Builder() {
        }
    }
}
