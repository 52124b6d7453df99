package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.client.Client;
import io.github.polku.client.ClientLanguage;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.Goal;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.Samples;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * GH-15: values are easy to change, as java.time users expect: every builder can start from an
 * existing value ({@code builder().from(value)}), and the values people vary have {@code with...}.
 */
class CopiesTest {

    @Test
    void everyBuilderOfAValueTypeStartsFromAnExistingValue() {
        List<String> missing = new ArrayList<>();
        int builders = 0;
        for (Class<?> type : ExportedTypes.allCoreClasses()) {
            if (!Modifier.isPublic(type.getModifiers()) || type.getPackageName().contains("internal")) {
                continue;
            }
            Method builder;
            try {
                builder = type.getMethod("builder");
            } catch (NoSuchMethodException e) {
                continue;
            }
            // the Immutables value types; CohortSummary's builder computes a summary, it copies nothing
            if (!Modifier.isStatic(builder.getModifiers()) || builder.getReturnType().getEnclosingClass() != type
                    || !builder.getReturnType().getSuperclass().getSimpleName().equals("Builder")
                    || !builder.getReturnType().getSuperclass().getEnclosingClass().getSimpleName().startsWith("Immutable")) {
                continue;
            }
            builders++;
            try {
                Method from = builder.getReturnType().getMethod("from", type);
                assertThat(from.getReturnType()).as(type.getName()).isAssignableFrom(builder.getReturnType());
            } catch (NoSuchMethodException e) {
                missing.add(type.getName());
            }
        }
        assertThat(builders).isGreaterThan(40);
        assertThat(missing).as("builders without from(value)").isEmpty();
    }

    @Test
    void copiesAClientThroughItsBuilderAndWithMethods() {
        Client client = Samples.client();
        assertThat(Client.builder().from(client).build()).isEqualTo(client);
        Client swedish = client.withLanguage(ClientLanguage.SWEDISH);
        assertThat(swedish.getLanguage()).isEqualTo(ClientLanguage.SWEDISH);
        assertThat(swedish.withLanguage(client.getLanguage())).isEqualTo(client);
        assertThat(Client.builder().from(client).language(ClientLanguage.SWEDISH).build()).isEqualTo(swedish);
    }

    @Test
    void changesTheValuesPeopleVaryOneAttributeAtATime() {
        ServiceNeedAssessment assessment = Samples.assessmentBuilder().build();
        LocalDate later = assessment.getPendingOn().plusDays(1);
        assertThat(assessment.withPendingOn(later).getPendingOn()).isEqualTo(later);

        ClientPlan plan = Samples.planBuilder().build();
        assertThat(plan.withWorkerView("(fictional) Another view").getWorkerView()).contains("(fictional) Another view");

        Goal goal = Samples.goal("G1");
        assertThat(goal.withWords("(fictional) Walk daily").getWords()).isEqualTo("(fictional) Walk daily");

        Measurement measurement = Samples.workAbility(Samples.CONTACT, 5, Occasion.PLAN_CREATED);
        assertThat(measurement.withOccasion(Occasion.PLAN_EVALUATED).getOccasion()).contains(Occasion.PLAN_EVALUATED);

        CoDevelopmentProcess process = CoDevelopmentSamples.jyvaskyla();
        assertThat(process.withParticipants(process.getParticipants().subList(0, 1)).getParticipants()).hasSize(1);
        assertThat(CoDevelopmentProcess.builder().from(process).build()).isEqualTo(process);
    }

    @Test
    void rejectsAMissingValueInACopyAsTheBuilderDoes() {
        Goal goal = Samples.goal("G1");
        assertThatExceptionOfType(NullPointerException.class).isThrownBy(() -> goal.withWords(null));
        assertThatExceptionOfType(NullPointerException.class)
                .isThrownBy(() -> Goal.builder().from(goal).words(null));
        ServiceNeedAssessment assessment = Samples.assessmentBuilder().build();
        assertThat(assessment.withPendingOn(assessment.getPendingOn())).isSameAs(assessment);
    }
}
