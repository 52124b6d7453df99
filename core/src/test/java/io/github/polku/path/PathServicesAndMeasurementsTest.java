package io.github.polku.path;

import io.github.polku.testing.CrossCheckedValidator;
import static io.github.polku.testing.ViolationAssert.violation;
import static io.github.polku.validation.Severity.ERROR;
import static io.github.polku.validation.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.github.polku.calendar.DateRange;
import io.github.polku.measurement.Direction;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Instruments;
import io.github.polku.measurement.Measurement;
import io.github.polku.measurement.Occasion;
import io.github.polku.measurement.Respondent;
import io.github.polku.measurement.Scale;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import io.github.polku.testing.Samples;
import io.github.polku.testing.ViolationAssert;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Services and measurements on a path, and the rules that need both (GH-3). */
class PathServicesAndMeasurementsTest {

    private static final CrossCheckedValidator VALIDATOR = CrossCheckedValidator.shared();
    private static final LocalDate CONTACT = Samples.CONTACT;

    private static Service voucherService(String id, LocalDate start, LocalDate end) {
        DateRange period = end == null ? DateRange.startingOn(start) : DateRange.of(start, end);
        return Samples.hameenlinnaVoucherService(id, DeliveryMode.VIDEO, period, start);
    }

    @Test
    void validatesTheHameenlinnaRemoteVoucherCaseWithoutErrors() {
        RehabilitationPath path = Samples.hameenlinna2020Path();
        assertThat(path.getServices()).hasSize(3);
        assertThat(path.getServices()).filteredOn(s -> s.getDeliveryMode().isRemote()).hasSize(1);
        ViolationAssert.assertThat(VALIDATOR.validate(path)).isEmpty();
    }

    @Nested
    class Services {
        @Test
        void acceptsServiceStartingOnTheContactDate() {
            RehabilitationPath path = Samples.path().withServices(voucherService("S-1", CONTACT, CONTACT.plusMonths(2)));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).isEmpty();
        }

        @Test
        void rejectsServiceStartingBeforeFirstContact() {
            RehabilitationPath path = Samples.path().withServices(voucherService("S-1", CONTACT.minusDays(1), CONTACT.plusMonths(2)));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.path.dates.order").at("/services/0/period/start").withSeverity(ERROR));
        }

        @Test
        void rejectsVoucherWithoutServiceNeedAssessment() {
            RehabilitationPath path = Samples.pathBuilder().planOmission(io.github.polku.client.OmissionReason.OBVIOUSLY_UNNECESSARY)
                    .addService(voucherService("S-1", CONTACT, CONTACT.plusMonths(1))).build();
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.path.service.voucherWithoutAssessment").at("/services/0/funding/voucher").withSeverity(ERROR));
        }

        @Test
        void rejectsOpenServiceOnClosedPath() {
            RehabilitationPath open = Samples.path().withServices(voucherService("S-1", CONTACT, null));
            RehabilitationPath closed = open.close(Closure.of(CONTACT.plusMonths(3), ClosureReason.OTHER, Destination.NONE));
            ViolationAssert.assertThat(VALIDATOR.validate(closed)).containsOnlyViolations(
                    violation("polku.path.service.notEnded").at("/services/0/period/end").withSeverity(ERROR));
            ViolationAssert.assertThat(VALIDATOR.validate(open)).isEmpty();
        }

        @Test
        void rejectsClosureBeforeTheLastServiceDay() {
            RehabilitationPath path = Samples.path().withServices(voucherService("S-1", CONTACT, CONTACT.plusMonths(4)))
                    .withClosure(Closure.of(CONTACT.plusMonths(3), ClosureReason.OTHER, Destination.NONE));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsViolations(
                    violation("polku.path.closure.notLast").at("/closure/date").withSeverity(ERROR));
        }

        @Test
        void reportsRulesInsideServicesAtTheirPointer() {
            Service broken = voucherService("S-1", CONTACT, CONTACT.plusMonths(1))
                    .withAttendances(io.github.polku.service.Attendance.of(CONTACT.plusMonths(2),
                            io.github.polku.service.AttendanceStatus.ATTENDED));
            ValidationReport report = VALIDATOR.validate(Samples.path().withServices(broken));
            ViolationAssert.assertThat(report).containsOnlyViolations(
                    violation("polku.service.attendance.outsidePeriod").at("/services/0/attendances/0/date").withSeverity(ERROR));
        }

        @Test
        void rejectsDuplicateServiceIdsAtConstruction() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Samples.path().withServices(voucherService("S-1", CONTACT, CONTACT.plusDays(5)),
                            voucherService("S-1", CONTACT, CONTACT.plusDays(9))))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getCode, Violation::getPath)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(RehabilitationPath.DUPLICATE_SERVICE, "/services/1/id")));
        }
    }

    @Nested
    class Measurements {
        private final Instrument wellbeing = Instrument.builder()
                .id(InstrumentId.of("test.wellbeing"))
                .putName("en", "Fictional wellbeing scale")
                .version("1")
                .source("Test fixture")
                .licenceNote("Fictional")
                .addDimension(Dimension.builder().code("MOOD").putName("en", "Mood")
                        .scale(Scale.ofIntegers(1, 5, Direction.HIGHER_IS_BETTER)).build())
                .build();

        private Measurement mood(LocalDate date, int value) {
            return Measurement.builder().instrumentId(wellbeing.getId()).date(date).respondent(Respondent.CLIENT)
                    .occasion(Occasion.FOLLOW_UP).putScore("MOOD", BigDecimal.valueOf(value)).build();
        }

        @Test
        void acceptsBuiltInAndListedInstruments() {
            RehabilitationPath path = Samples.path().withInstruments(wellbeing)
                    .withMeasurements(mood(CONTACT, 2), Samples.workAbility(CONTACT.plusDays(1), 5, Occasion.PLAN_CREATED));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).isEmpty();
            assertThat(path.findInstrument(Instruments.ICF_QUALIFIERS_ID)).isPresent();
        }

        @Test
        void rejectsMeasurementOfUnknownInstrument() {
            RehabilitationPath path = Samples.path().withMeasurements(mood(CONTACT, 2));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.path.measurement.instrument.unknown").at("/measurements/0/instrumentId").withSeverity(ERROR));
        }

        @Test
        void reportsOffScaleValueInsideThePath() {
            RehabilitationPath path = Samples.path().withInstruments(wellbeing).withMeasurements(mood(CONTACT, 9));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.measurement.score.offScale").at("/measurements/0/scores/MOOD").withSeverity(ERROR));
        }

        @Test
        void rejectsMeasurementBeforeFirstContact() {
            RehabilitationPath path = Samples.path().withInstruments(wellbeing).withMeasurements(mood(CONTACT.minusDays(3), 3));
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.path.dates.order").at("/measurements/0/date").withSeverity(ERROR));
        }

        @Test
        void keepsWarningsOfTheInstrument() {
            Measurement empty = Measurement.builder().instrumentId(wellbeing.getId()).date(CONTACT)
                    .respondent(Respondent.CLIENT).build();
            RehabilitationPath path = Samples.path().withInstruments(wellbeing).withMeasurements(empty);
            ViolationAssert.assertThat(VALIDATOR.validate(path)).containsOnlyViolations(
                    violation("polku.measurement.scores.empty").at("/measurements/0/scores").withSeverity(WARNING));
        }

        @Test
        void rejectsDuplicateInstrumentIdsAtConstruction() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Samples.path().withInstruments(wellbeing, wellbeing))
                    .satisfies(e -> assertThat(e.getViolations()).extracting(Violation::getPath)
                            .containsExactly("/instruments/1/id"));
        }
    }

    @Test
    void rendersTheNewCodesInThreeLanguages() {
        Violation v = Violation.error("polku.path.service.voucherWithoutAssessment", "/services/0/funding/voucher",
                java.util.Map.of());
        assertThat(v.getMessage(Locale.forLanguageTag("fi"))).contains("palveluntarpeen arvio");
        assertThat(v.getMessage(Locale.forLanguageTag("sv"))).contains("servicebehov");
        assertThat(v.getMessage(Locale.ENGLISH)).contains("service need assessment");
    }
}
