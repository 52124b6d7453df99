package io.github.polku.validation;

import io.github.polku.internal.constraintvalidators.RuleContext;
import io.github.polku.internal.constraintvalidators.RuleValidator;
import java.time.LocalDate;

/** Test rule: reports each item over the limit, and warns about an empty sample. */
public final class ConsistentSampleValidator extends RuleValidator<Sample.Consistent, Sample> {

    @Override
    protected void check(Sample sample, RuleContext context) {
        int max = Sample.maxItems(context.rules().getEffective(LocalDate.of(2024, 1, 1)));
        for (int i = max; i < sample.getItems().size(); i++) {
            context.error("polku.test.tooMany", "/items/" + i, "max", max);
        }
        if (sample.getItems().isEmpty()) {
            context.warning("polku.test.empty", "/items");
        }
    }
}
