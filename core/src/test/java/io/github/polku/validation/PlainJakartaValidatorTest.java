package io.github.polku.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import io.github.polku.testing.Samples;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * GH-15: Polku's constraints work under any Jakarta Validator, not only through
 * {@link PolkuValidator}. A new user's validator, built with
 * {@link Validation#buildDefaultValidatorFactory()} and an Expression Language implementation on
 * the path (as Spring Boot and Jakarta EE have), reports each violation at its property path with a
 * fully interpolated message. The rule tests compare every case with Polku through
 * {@code CrossCheckedValidator}; this test shows the case of the issue and the registration.
 */
class PlainJakartaValidatorTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator PLAIN = FACTORY.getValidator();
    private static final LocalDate CONTACT = Samples.CONTACT;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static RehabilitationPath attendanceOutsideThePeriod() {
        Service service = Samples.hameenlinnaVoucherService("S-1", DeliveryMode.ON_SITE,
                DateRange.of(CONTACT, CONTACT.plusMonths(1)), CONTACT.plusDays(1));
        // attendance 1 is a month after the service ended
        Service broken = service.withAttendances(Attendance.of(CONTACT.plusDays(1), AttendanceStatus.ATTENDED),
                Attendance.of(CONTACT.plusMonths(2), AttendanceStatus.ATTENDED));
        return Samples.path().withServices(broken);
    }

    @Test
    void locatesARuleViolationAtItsPropertyPathWithAnInterpolatedMessage() {
        Set<ConstraintViolation<RehabilitationPath>> found = PLAIN.validate(attendanceOutsideThePeriod());
        assertThat(found).extracting(cv -> cv.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactly(tuple("services[0].attendances[1].date",
                        "The attendance date is outside the period of the service"));
        assertThat(PolkuValidator.shared().validate(attendanceOutsideThePeriod()).getViolations())
                .extracting(Violation::getPath, Violation::getCode)
                .containsExactly(tuple("/services/0/attendances/1/date", "polku.service.attendance.outsidePeriod"));
    }

    @Test
    void carriesCodeSeverityAndArgumentsAsDynamicPayload() {
        ConstraintViolation<RehabilitationPath> cv = PLAIN.validate(attendanceOutsideThePeriod()).iterator().next();
        ViolationPayload payload = ((HibernateConstraintViolation<?>) cv.unwrap(HibernateConstraintViolation.class))
                .getDynamicPayload(ViolationPayload.class);
        assertThat(payload.getCode()).isEqualTo("polku.service.attendance.outsidePeriod");
        assertThat(payload.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(payload.getArguments()).isEmpty();
        assertThat(Violation.from(cv)).isEqualTo(Violation.error("polku.service.attendance.outsidePeriod",
                "/services/0/attendances/1/date", java.util.Map.of()));
    }

    @Test
    void interpolatesMessageParametersInTheValidatorsLanguage() {
        // six days a week; the rule book of 2020 allows one to four
        io.github.polku.service.RehabilitativeWorkActivity activity = io.github.polku.service.RehabilitativeWorkActivity
                .builder().daysPerWeek(6).hoursPerDay(new java.math.BigDecimal("6"))
                .addPeriod(DateRange.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 27))).build();
        ValidatorFactory finnish = Validation.byProvider(org.hibernate.validator.HibernateValidator.class).configure()
                .defaultLocale(Locale.forLanguageTag("fi")).buildValidatorFactory();
        try (finnish) {
            assertThat(finnish.getValidator().validate(activity))
                    .extracting(cv -> cv.getPropertyPath().toString(), ConstraintViolation::getMessage)
                    .contains(tuple("daysPerWeek", "Kuntouttavaa työtoimintaa on oltava 1–4 päivänä kalenteriviikossa"));
        }
    }

    @Test
    void locatesAnElementOfAListWithABeanNode() {
        // members[1] is a participant from the staff side; the council is for clients
        io.github.polku.codevelopment.CoDevelopmentProcess process = io.github.polku.testing.CoDevelopmentSamples.jyvaskyla();
        io.github.polku.codevelopment.ClientCouncil council = process.getClientCouncil().orElseThrow();
        io.github.polku.codevelopment.ParticipantId staff = process.getParticipants().stream()
                .filter(p -> !p.getKind().isClientSide()).findFirst().orElseThrow().getId();
        io.github.polku.codevelopment.CoDevelopmentProcess broken = process.withClientCouncil(
                io.github.polku.codevelopment.ClientCouncil.builder().from(council).addMember(staff).build());
        int index = council.getMembers().size();
        assertThat(PLAIN.validate(broken)).extracting(cv -> cv.getPropertyPath().toString(), cv -> Violation.from(cv).getCode())
                .contains(tuple("clientCouncil.members[" + index + "]", "polku.codevelopment.council.member.staff"));
    }

    @Test
    void registersEveryRuleValidatorAsAServiceInsteadOfNamingItInTheAnnotation() throws IOException {
        List<String> listed = new ArrayList<>();
        try (InputStream in = PolkuValidator.class.getResourceAsStream("/META-INF/services/jakarta.validation.ConstraintValidator");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(listed::add);
        }
        Module module = PolkuValidator.class.getModule();
        if (module.isNamed()) {
            Set<String> provided = module.getDescriptor().provides().stream()
                    .filter(p -> p.service().equals(ConstraintValidator.class.getName()))
                    .flatMap(p -> p.providers().stream()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(provided).as("module-info provides = META-INF/services").isEqualTo(new TreeSet<>(listed));
            // internal packages are never exported to everyone; a qualified export reaches Polku's own modules only
            assertThat(module.getDescriptor().exports()).filteredOn(e -> !e.isQualified())
                    .extracting(ModuleDescriptor.Exports::source).noneMatch(p -> p.contains("internal"));
            assertThat(module.getDescriptor().exports()).filteredOn(ModuleDescriptor.Exports::isQualified)
                    .flatExtracting(ModuleDescriptor.Exports::targets).allMatch(t -> t.startsWith("io.github.polku."));
        }
        Set<Class<?>> validated = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (String name : listed) {
            validated.add(annotationOf(name));
        }
        Set<Class<?>> constraints = new TreeSet<>((a, b) -> a.getName().compareTo(b.getName()));
        for (Class<?> type : io.github.polku.security.ExportedTypes.allCoreClasses()) {
            if (type.isAnnotation() && type.isAnnotationPresent(Constraint.class)
                    && type.getPackageName().startsWith("io.github.polku.")) {
                assertThat(type.getAnnotation(Constraint.class).validatedBy()).as(type.getName()).isEmpty();
                constraints.add(type);
            }
        }
        assertThat(constraints).hasSizeGreaterThanOrEqualTo(11).isEqualTo(validated);
    }

    private static Class<?> annotationOf(String validator) {
        try {
            Class<?> type = Class.forName(validator, false, PolkuValidator.class.getClassLoader());
            Type superType = type.getGenericSuperclass();
            Type annotation = ((ParameterizedType) superType).getActualTypeArguments()[0];
            assertThat(Annotation.class.isAssignableFrom((Class<?>) annotation)).isTrue();
            return (Class<?>) annotation;
        } catch (ClassNotFoundException e) {
            throw new AssertionError(validator + " is listed but does not exist", e);
        }
    }
}
