package io.github.polku.contact;

import static io.github.polku.testing.ViolationAssert.violation;
import io.github.polku.testing.CrossCheckedValidator;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnonymousContactTest {

    private static AnonymousContact.Builder contact(LocalDate date) {
        return AnonymousContact.builder().date(date).place("Fictional street corner")
                .channel(AnonymousChannel.OUTREACH).addActivity(ContactActivity.SERVICE_GUIDANCE).peopleCount(2);
    }

    @Nested
    class Attributes {

        /** The JSON-relevant attributes are the abstract getters; none may carry identity. */
        private List<Method> attributes() {
            return Arrays.stream(AnonymousContact.class.getDeclaredMethods())
                    .filter(m -> Modifier.isAbstract(m.getModifiers()) && m.getName().startsWith("get"))
                    .collect(Collectors.toList());
        }

        @Test
        void recordOnlyNonIdentifyingFacts() {
            assertThat(attributes()).extracting(Method::getName).containsExactlyInAnyOrder(
                    "getDate", "getPlace", "getChannel", "getActivities", "getPeopleCount", "getOrganiser");
        }

        @Test
        void useNoIdentifyingType() {
            for (Method m : attributes()) {
                Type type = m.getGenericReturnType();
                String typeName = type instanceof ParameterizedType ? type.getTypeName() : m.getReturnType().getName();
                assertThat(typeName).as(m.getName())
                        .doesNotContain(ClientId.class.getName())
                        .doesNotContainIgnoringCase("Identity")
                        .doesNotContainIgnoringCase("Worker");
            }
        }
    }

    @Test
    void rejectsACountBelowOne() {
        assertThatThrownBy(() -> AnonymousContact.builder().date(LocalDate.of(2025, 4, 2)).place("Fictional place")
                .channel(AnonymousChannel.PHONE).peopleCount(0).build())
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getViolations())
                        .extracting(Violation::getCode, Violation::getPath)
                        .containsExactly(tuple("polku.contact.peopleCount.notPositive", "/peopleCount")));
    }

    @Test
    void keepsTheMeidanTupaContactsValid() {
        for (AnonymousContact c : Samples.meidanTupaContacts()) {
            assertThat(CrossCheckedValidator.shared().validate(c).isEmpty()).isTrue();
        }
        assertThat(Samples.meidanTupaContacts().stream().mapToInt(AnonymousContact::getPeopleCount).sum()).isEqualTo(22);
    }

    @ParameterizedTest(name = "{0} {1} on {2}: {3}")
    @CsvSource(textBlock = """
            WELLBEING_SERVICES_COUNTY, PIRKANMAA, 2023-01-01, ''
            WELLBEING_SERVICES_COUNTY, PIRKANMAA, 2022-12-31, polku.organiser.notYetInCharge
            MUNICIPALITY,              837,       2022-12-31, ''
            MUNICIPALITY,              837,       2023-01-01, polku.organiser.noLongerInCharge
            """)
    void checksTheOrganiserOnTheContactDate(OrganiserType type, String code, LocalDate date, String expected) {
        AnonymousContact c = contact(date).organiser(Organiser.of(type, code)).build();
        List<Violation> violations = CrossCheckedValidator.shared().validate(c).getViolations();
        if (expected.isEmpty()) {
            assertThat(violations).isEmpty();
        } else {
            ViolationAssert.assertThat(violations)
                    .containsExactlyViolations(violation(expected).withSeverity(Severity.ERROR).at("/organiser"));
        }
    }

    @Test
    void reportsABlankPlace() {
        AnonymousContact c = AnonymousContact.builder().date(LocalDate.of(2025, 4, 2)).place(" ")
                .channel(AnonymousChannel.CHAT).peopleCount(1).build();
        assertThat(CrossCheckedValidator.shared().validate(c).getViolations()).extracting(Violation::getCode, Violation::getPath)
                .containsExactly(tuple("jakarta.validation.constraints.NotBlank", "/place"));
    }
}
