package io.github.polku.codevelopment;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A statement given by a client council (fi: asiakasraadin lausunto, sv: klientrådets utlåtande),
 * and the date it was answered.
 * <pre>{@code
 * CouncilStatement statement = CouncilStatement.builder()
 *         .subject("Draft welfare plan").givenOn(LocalDate.of(2018, 2, 1))
 *         .answeredOn(LocalDate.of(2018, 3, 1)).build();
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class CouncilStatement {

    CouncilStatement() {
        // package-private: only the generated implementation extends this type
    }

    /**
     * Obtains a builder.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets what the statement is about, such as a plan or a service.
     *
     * @return the subject, not null, must not be blank
     */
    @NotBlank(message = "{jakarta.validation.constraints.NotBlank}")
    public abstract String getSubject();

    /**
     * Gets the date the council gave the statement.
     *
     * @return the date, not null
     */
    public abstract LocalDate getGivenOn();

    /**
     * Gets the date the council received an answer.
     *
     * @return the date, empty if not answered
     */
    public abstract Optional<LocalDate> getAnsweredOn();

    /**
     * Builder for {@code CouncilStatement}; the methods are generated.
     *
     * @since 0.1.0
     */
    public static class Builder extends ImmutableCouncilStatement.Builder {
        /** Creates an empty builder; use {@link CouncilStatement#builder()}. */
        Builder() {
        }
    }
}
