package io.github.polku.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.ClientId;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.measurement.IcfChapter;
import io.github.polku.path.ClientPlan;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.FirstContact;
import io.github.polku.path.Goal;
import io.github.polku.path.GoalId;
import io.github.polku.path.PathId;
import io.github.polku.path.PlanParticipant;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.rules.RuleBook;
import io.github.polku.service.ActivityBasis;
import io.github.polku.service.AllowanceType;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Voucher;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.Samples;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * GH-10: one shared validator used by several threads over many different documents gives exactly
 * the results of a single thread, messages included.
 */
class ConcurrencyTest {

    private static final int THREADS = 8;
    private static final int ROUNDS = 3;
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("fi"), Locale.forLanguageTag("sv"),
            Locale.ENGLISH);

    @Test
    @Timeout(60)
    void givesSingleThreadResultsWhenSharedByManyThreads() throws Exception {
        List<Object> values = values();
        PolkuValidator shared = PolkuValidator.shared();
        List<String> expected = new ArrayList<>();
        for (Object value : values) {
            expected.add(describe(shared.validate(value)));
        }
        assertThat(expected).as("a mix of valid and invalid values").anyMatch(r -> r.equals("[]"))
                .anyMatch(r -> r.contains("ERROR")).anyMatch(r -> r.contains("WARNING"));
        assertThat(expected.stream().distinct().count()).as("different results").isGreaterThan(20);

        List<List<String>> perThread = runConcurrently(index -> describe(shared.validate(values.get(index))),
                values.size());
        for (List<String> results : perThread) {
            assertThat(results).isEqualTo(expected);
        }
    }

    @Test
    @Timeout(60)
    void givesSingleThreadResultsForOwnRuleBookAndIdentityCodes() throws Exception {
        try (PolkuValidator own = PolkuValidator.create(RuleBook.finland())) {
            List<Object> values = values();
            List<String> codes = identityCodeInputs();
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                expected.add(describe(own.validate(values.get(i))) + describe(PersonalIdentityCode.check(
                        codes.get(i % codes.size()), i % 2 == 0)));
            }
            List<List<String>> perThread = runConcurrently(i -> describe(own.validate(values.get(i)))
                    + describe(PersonalIdentityCode.check(codes.get(i % codes.size()), i % 2 == 0)), values.size());
            for (List<String> results : perThread) {
                assertThat(results).isEqualTo(expected);
            }
        }
    }

    /** Runs the task for every index on every thread, each thread in its own random order, all at once. */
    private static List<List<String>> runConcurrently(IndexedTask task, int size) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                long seed = 31L * t + 7;
                Callable<List<String>> worker = () -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        order.add(i);
                    }
                    String[] results = new String[size];
                    start.await();
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, new Random(seed + round));
                        for (int i : order) {
                            String result = task.run(i);
                            if (results[i] != null && !results[i].equals(result)) {
                                throw new AssertionError("result changed between rounds for value " + i);
                            }
                            results[i] = result;
                        }
                    }
                    return List.of(results);
                };
                futures.add(pool.submit(worker));
            }
            start.countDown();
            List<List<String>> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.add(f.get(50, TimeUnit.SECONDS));
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface IndexedTask {
        String run(int index);
    }

    /** The violations of a report with their messages in three languages, as one comparable string. */
    static String describe(ValidationReport report) {
        List<String> parts = new ArrayList<>();
        for (Violation v : report.getViolations()) {
            StringBuilder s = new StringBuilder(v.toString());
            for (Locale locale : LANGUAGES) {
                s.append(" | ").append(v.getMessage(locale));
            }
            parts.add(s.toString());
        }
        return parts.toString();
    }

    static List<String> identityCodeInputs() {
        return List.of(Leaks.CODE_1987, Leaks.CODE_2004, Leaks.CODE_TEMPORARY, "150387-123A", "310287-123H",
                "x", "150387-000H");
    }

    /** About 200 different paths, activities, vouchers, contacts and processes. */
    static List<Object> values() {
        List<Object> values = new ArrayList<>();
        LocalDate base = LocalDate.of(2024, 1, 1);
        for (int i = 0; i < 120; i++) {
            LocalDate contact = base.plusDays(3L * i);
            ServiceNeedAssessment.Builder assessment = ServiceNeedAssessment.builder().pendingOn(contact)
                    .startedOn(contact.plusDays(i % 15)).rehabilitationNeed(i % 2 == 0);
            if (i % 4 != 0) {
                assessment.completedOn(contact.plusDays(15 + (i % 6) * 30L));
            }
            RehabilitationPath.Builder path = RehabilitationPath.builder().id(PathId.of("P-" + i))
                    .clientId(ClientId.of("C-" + i)).organiser(i % 5 == 0 ? Samples.hameenlinna() : Samples.county())
                    .firstContact(FirstContact.of(contact, ContactChannel.values()[i % ContactChannel.values().length]))
                    .assessment(assessment.build());
            if (i % 3 != 0) {
                ClientPlan.Builder plan = ClientPlan.builder().createdOn(contact.plusDays(200))
                        .addParticipant(PlanParticipant.CLIENT);
                if (i % 7 != 0) {
                    plan.clientView("view " + i);
                }
                plan.addGoal(Goal.builder().id(GoalId.of("G" + i)).words(i % 11 == 0 ? " " : "words " + i)
                        .lifeArea(IcfChapter.D9).setOn(contact.plusDays(200)).build());
                path.plan(plan.build());
            }
            values.add(path.build());
        }
        for (int days = 1; days <= 5; days++) {
            for (int hours = 1; hours <= 8; hours += 3) {
                values.add(RehabilitativeWorkActivity.builder().basis(ActivityBasis.ACTIVATION_PLAN)
                        .daysPerWeek(days).hoursPerDay(BigDecimal.valueOf(hours))
                        .addAllowanceType(AllowanceType.EXPENSE_ALLOWANCE)
                        .addPeriod(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1).plusMonths(days * 2L)))
                        .build());
            }
        }
        for (int i = 0; i < 20; i++) {
            Voucher.Builder voucher = Voucher.builder();
            if (i % 2 == 0) {
                voucher.value(VoucherValue.of(BigDecimal.valueOf(40 + i), VoucherValueUnit.PER_DAY));
            }
            if (i % 3 == 0) {
                voucher.assessmentReference("SNA-" + i);
            }
            values.add(voucher.build());
        }
        for (int i = 0; i < 20; i++) {
            values.add(AnonymousContact.builder().date(LocalDate.of(2025, 3, 1).plusDays(i))
                    .place(i % 4 == 0 ? " " : "x".repeat(i * 15))
                    .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE).addActivity(ContactActivity.CONVERSATION)
                    .peopleCount(i + 1).organiser(Samples.county()).build());
        }
        values.add(CoDevelopmentSamples.jyvaskyla());
        values.add(CoDevelopmentSamples.loneClientInProfessionalGroup());
        values.add(CoDevelopmentSamples.baseline().build());
        values.add(Samples.hameenlinna2020Path());
        values.add(Samples.meidanTupaVisitorPath());
        return values;
    }
}
