package io.github.polku.validation;

import io.github.polku.internal.immutables.PolkuStyle;
import io.github.polku.rules.LegalNumber;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A value type built the Polku way, used to test the validation engine through generated getters. */
@PolkuStyle
@Value.Immutable
@Sample.Consistent
public abstract class Sample {

    Sample() {
    }

    static Builder builder() {
        return new Builder();
    }

    @NotBlank
    public abstract String getTitle();

    public abstract Optional<@Size(max = 10, payload = Severity.Warning.class) String> getSummary();

    @Value.Redacted
    public abstract Optional<String> getNote();

    public abstract List<@Valid Item> getItems();

    public abstract Map<String, @Valid Item> getItemsByCode();

    public abstract Optional<@Valid Item> getFeatured();

    /** Items must not outnumber the legal number RWA_MAX_DAYS_PER_WEEK (a stand-in for any legal number). */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = ConsistentSampleValidator.class)
    public @interface Consistent {
        String message() default "{polku.test.consistent}";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    static class Builder extends ImmutableSample.Builder {
    }

    /** A value nested in a sample. */
    @PolkuStyle
    @Value.Immutable
    public abstract static class Item {
        Item() {
        }

        static Item of(String name, int count) {
            return ImmutableItem.builder().name(name).count(count).build();
        }

        @NotBlank
        public abstract String getName();

        @jakarta.validation.constraints.PositiveOrZero
        public abstract int getCount();
    }

    static int maxItems(io.github.polku.rules.RuleSet rules) {
        return rules.getInt(LegalNumber.RWA_MAX_DAYS_PER_WEEK);
    }
}
