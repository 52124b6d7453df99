package io.github.polku.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example program and checks the output that matters. The expected numbers are counted
 * by hand from the data in each program (the comments show the count), never copied from a run.
 */
class ExamplesTest {

    private static final Path SOURCES = Path.of("src/main/java/io/github/polku/examples");
    /** The programs run in English unless a test asks for another language: output must not depend on the machine. */
    static final String[] EN = {"--lang", "en"};

    @Nested
    @DisplayName("Programs")
    class Programs {

        @Test
        @DisplayName("01: a first path closes valid; without the client's view the plan is an error at /plan/clientView")
        void firstPath() {
            String out = run(() -> Example01FirstPath.main(EN));
            assertThat(out).contains("Path:            P-DEMO-0001, stage CLOSED, 4 stage changes")
                    .contains("Goal G1:         ACHIEVED").contains("Goal G2:         PARTLY_ACHIEVED")
                    .contains("Services:        2").contains("Closure:         EDUCATION")
                    .contains("Report:          valid=true, violations=0")
                    .contains("Without view:    valid=false")
                    .contains("ERROR /plan/clientView polku.path.plan.clientView.missing: The client plan must record the client's own view");
            assertThat(lines(out, "  ERROR ")).hasSize(1);
            assertThat(out).doesNotContain("fictional)");
        }

        @Test
        @DisplayName("02: a received document has five problems, each with a pointer and fi/sv/en text; the fixed one is valid")
        void validateExchangedDocument() {
            String out = run(() -> {
                try {
                    Example02ValidateExchangedDocument.main(EN);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // The five mistakes put into examples/data/path-from-provider.json by hand, in pointer order.
            assertThat(lines(out, "ERROR ")).containsExactly(
                    "ERROR /clientName polku.json.unknownProperty",
                    "ERROR /assessment/startedOn polku.path.dates.order",
                    "ERROR /plan/clientView polku.path.plan.clientView.missing",
                    "ERROR /services/0/attendances/1/date polku.service.attendance.outsidePeriod",
                    "ERROR /services/0/funding/voucher/assessmentReference polku.service.voucher.assessment.missing");
            assertThat(out).contains("Received: type REHABILITATION_PATH, valid false, 5 problems")
                    .contains("    fi: Asiakassuunnitelmaan tulee kirjata asiakkaan oma näkemys")
                    .contains("    sv: Klientplanen ska innehålla klientens egen syn")
                    .contains("    en: The client plan must record the client's own view")
                    .contains("Lenient:  1 warning, 4 errors")
                    // one attended and one notified absence of two sessions
                    .contains("Fixed:    valid true, 0 problems; path P-DEMO-0201 in stage REHABILITATION with 1 service, "
                            + "attendance rate 0.5")
                    .doesNotContain("Fictional Person");
            assertThat(lines(out, "    fi: ")).hasSize(5);
            assertThat(lines(out, "    sv: ")).hasSize(5);
            assertThat(lines(out, "    en: ")).hasSize(5);
        }

        @Test
        @DisplayName("03: anonymous contacts are counted, a missed outreach month shows, a visitor becomes a client")
        void lowThresholdAndOutreach() {
            String out = run(() -> Example03LowThresholdAndOutreach.main(EN));
            // Coffee mornings 7 + 9 + 6 + 8 = 30 people in 4 contacts. Outreach 2 + (i + month) % 3 people:
            // January 3+4+2+3+4 = 16, February 4+2+3+(Kyyjärvi missed)+2 = 11, March 2+3+4+2+3 = 14; 14 visits.
            assertThat(out).contains("Anonymous contacts: 18, people met: 71")
                    .contains("Outreach Kyyjärvi: missed [2025-02]")
                    .contains("Outreach Karstula: visited every month")
                    .contains("Contacts valid:     true")
                    .contains("New path:           P-DEMO-0301 via LOW_THRESHOLD_MEETING_PLACE, stage CONTACT, valid true")
                    .contains("Empty contact:      refused, polku.contact.peopleCount.notPositive");
            assertThat(lines(out, "visited every month")).hasSize(4);
        }

        @Test
        @DisplayName("04: Jyväskylä's changes trace to ideas and themes; a lone client draws tokenism warnings")
        void coDevelopment() {
            String out = run(() -> Example04CoDevelopment.main(EN));
            assertThat(lines(out, "Change ")).hasSize(7);
            assertThat(lines(out, "Theme: ")).hasSize(4);
            assertThat(out).contains("Change 2017-05-02 A group for lonely people <- I1 in GROUP_ACTIVITIES by DEV-01")
                    .contains("A chat service <- I7 in THIRD_SECTOR_COOPERATION by DEV-01")
                    // two shared rights, answered, client side not outnumbered (6 to 3): rung 6
                    // and three rights including evaluation: rung 7
                    .contains("Rungs: DEV-04 as developer client PARTNERSHIP, DEV-01 in the client council DELEGATED_POWER")
                    .contains("Jyväskylä process violations: 0")
                    .contains("Working group: valid=true, warnings=2")
                    .contains("WARNING /participants polku.codevelopment.process.tokenism")
                    .contains("WARNING /participants/3/roles/0 polku.codevelopment.role.tokenism.powerlessMinority")
                    .contains("en: Tokenistic participation: a client-side role is a powerless minority");
            assertThat(run(() -> Example04CoDevelopment.main(new String[] {"--lang", "fi"})))
                    .contains("fi: Näennäisosallisuus: asiakkaan puolen rooli on vailla valtaa oleva vähemmistö");
        }

        @Test
        @DisplayName("05: a voucher path paused while sites were closed is valid; a careless voucher has three errors")
        void remoteOnServiceVouchers() {
            String out = run(() -> Example05RemoteOnServiceVouchers.main(EN));
            // 16.3.-31.5.2020 inclusive: 16 + 30 + 31 = 77 days.
            assertThat(out).contains("16 March:       paused=true, reason SITES_CLOSED")
                    .contains("Pause:          2020-03-16/2020-05-31, 77 days, continued remotely=true")
                    .contains("Remote:         2 of 4 services")
                    .contains("S-ART ONLINE_GROUP by HML-PS-0002").contains("S-PHONE PHONE by HML-PS-0003")
                    .contains("Path valid:     true, closed REHABILITATIVE_WORK_ACTIVITY")
                    .contains("Careless voucher: valid=false")
                    .contains("ERROR /funding/voucher/assessmentReference polku.service.voucher.assessment.missing")
                    .contains("ERROR /funding/voucher/value polku.service.voucher.value.missing")
                    .contains("ERROR /provider/approvedProviderId polku.service.voucher.approvedProvider.missing");
            assertThat(lines(out, "  ERROR ")).hasSize(3);
        }

        @Test
        @DisplayName("06: 3 x 6 h is lawful; 5 x 7 h on a two-month period without a plan has four errors; 5 days was lawful before 7/2015")
        void workActivityWithinTheLaw() {
            String out = run(() -> Example06WorkActivityWithinTheLaw.main(EN));
            assertThat(out).contains("1-4 days a week, 4-8 hours a day, at most 32 hours a week, periods of 3-24 months")
                    .contains("Lawful:    3 days x 6 h = 18 h a week, basis ACTIVATION_PLAN").contains("  valid: true")
                    .contains("Stretched: 5 days x 7 h = 35 h a week, valid: false")
                    .contains("ERROR /workActivity polku.service.workActivity.hoursPerWeek.max")
                    .contains("at most 32 hours a week, but this takes 35")
                    .contains("ERROR /workActivity/basis polku.service.workActivity.basis.missing")
                    .contains("ERROR /workActivity/daysPerWeek polku.service.workActivity.daysPerWeek.range")
                    .contains("ERROR /workActivity/periods/0 polku.service.workActivity.period.tooShort")
                    .contains("Five days from 2015-04-06 (max 5): lawful")
                    .contains("Five days from 2016-01-04 (max 4): polku.service.workActivity.daysPerWeek.range");
            assertThat(lines(out, "  ERROR ")).hasSize(4);
        }

        @Test
        @DisplayName("07: 280 paths: 80 % positive with referrals to treatment, 55 % without; change scores; quality with evidence")
        void cohortOutcomes() {
            String out = run(() -> Example07CohortOutcomes.main(EN));
            // Per 40 paths (FictionalCohort): 6 mental health, 4 substance abuse, 12 work activity, 2 education,
            // 2 work trial, 1 employment, 3 employment services, 2 peer activity, 8 none; times 7 for 280.
            assertThat(out).contains("Paths: 280, invalid: 0")
                    .contains("  MENTAL_HEALTH_SERVICES       42/280 (15.0 %)")
                    .contains("  SUBSTANCE_ABUSE_SERVICES     28/280 (10.0 %)")
                    .contains("  REHABILITATIVE_WORK_ACTIVITY 84/280 (30.0 %)")
                    .contains("  EMPLOYMENT                   7/280 (2.5 %)")
                    .contains("  NONE                         56/280 (20.0 %)")
                    // 280 - 56 = 224 positive; without the 42 + 28 referrals 154.
                    .contains("Positive outcomes (referrals count):       224/280 (80.0 %)")
                    .contains("Positive outcomes (referrals do not count): 154/280 (55.0 %)")
                    // changes +2, +1, +1, 0, -1 by i % 5: 3/5 improved; mean 3/5 = 0.6; median of 56x-1, 56x0, 112x1, 56x2 is 1
                    .contains("Change WORK_ABILITY (TOGETHER, n=280): improved 168/280 (60.0 %), unchanged 56/280 (20.0 %), "
                            + "worsened 56/280 (20.0 %), mean +0.60, median +1.0")
                    .contains("  NEED_ASSESSMENT          met 280/280 (100.0 %), partly 0, not met 0")
                    .contains("  NEED_ASSESSMENT_ON_TIME  not judged: 280 not applicable, 0 insufficient data")
                    // the client is missing from the plan when i % 10 == 9: 28 paths
                    .contains("  CLIENT_PLAN_WITH_CLIENT  met 252/280 (90.0 %), partly 28, not met 0")
                    .contains("  NAMED_WORKER             not judged: 0 not applicable, 280 insufficient data")
                    .contains("  VOLUNTARY_PARTICIPATION  assessed by a person")
                    // services from day 21 to day 249 (7 months) or, for the 56 who withdrew, to day 119
                    .contains("  LONG_TERM_SUPPORT        met 224/280 (80.0 %), partly 0, not met 56")
                    // group and home visits on even paths only
                    .contains("  METHOD_MIX               met 140/280 (50.0 %), partly 0, not met 140")
                    .contains("  COOPERATION_AT_CLOSURE   met 224/280 (80.0 %), partly 0, not met 56")
                    .contains("  OUTCOMES_MEASURED        met 280/280 (100.0 %), partly 0, not met 0")
                    .doesNotContain("CLIENTS_ABOVE_TOKENISM")
                    // path 10 (i = 9): contact 6.1.2020 + 27 days = 2.2.2020, plan 21 days later
                    .contains("Evidence for PATH:P-VALSKU-00010: PARTLY_MET - The client plan of 2020-02-23")
                    .contains("  /plan/participants {participants=NAMED_WORKER, clientSideTookPart=false}")
                    // every plan is made 21 days after the first contact (FictionalCohort)
                    .contains("COHORT_SUMMARY document: ").contains(" bytes, valid true, equal after reading true, "
                            + "median days from contact to plan 21.0")
                    .contains("  /positivePaths polku.cohort.unknownPath: A path named here is not among the paths of the cohort");
        }

        @Test
        @DisplayName("08: every record of the small file gets a line; the large file's counts follow from the generator")
        void streamingValidation() {
            String out = run(() -> {
                try {
                    Example08StreamingValidation.main(new String[] {"400", "--lang", "en"});
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            // examples/data/paths.ndjson: lines 4, 7, 10 and 11 were broken by hand.
            assertThat(lines(out, "  line ")).hasSize(12);
            assertThat(lines(out, ": valid")).hasSize(8);
            assertThat(out.lines().toList()).contains("  line 4: ERROR /services/0/deliveryMode polku.json.code.unknown",
                    "  line 10: ERROR /clientId polku.json.required",
                    "  line 11: ERROR /assessment/startedOn polku.path.dates.order");
            assertThat(lines(out, "  line 7: ERROR ")).singleElement().asString().contains("polku.json.malformed");
            assertThat(out)
                    .contains("paths.ndjson: 12 records, 8 valid, 4 invalid")
                    // 400 records: i % 100 == 49 (4 records) has an unknown code, i % 100 == 99 (4 records) is cut short.
                    .contains("Large file: 400 records, 392 valid, 8 invalid, 8 errors, complete true")
                    .contains("  polku.json.code.unknown: 4").contains("  polku.json.malformed: 4");
        }

        @Test
        @DisplayName("09: the assessment deadline skips Good Friday and Easter Monday")
        void assessmentDeadlineSkipsEasterHolidays() {
            String out = run(() -> Example09AssessmentDeadline.main(EN));
            // Hand count from Wed 16.4.2025: Thu 17 (1), Fri 18 Good Friday, Sat, Sun, Mon 21 Easter Monday,
            // Tue 22 (2), Wed 23 (3), Thu 24 (4), Fri 25 (5), Mon 28 (6), Tue 29 (7).
            assertThat(out).contains("Assessment must start by: 2025-04-29 (TUESDAY)")
                    .contains("holiday: Good Friday")
                    .contains("holiday: Easter Monday")
                    .doesNotContain("Exception");
            assertThat(run(() -> Example09AssessmentDeadline.main(new String[] {"--lang", "fi"})))
                    .contains("holiday: pitkäperjantai").contains("holiday: toinen pääsiäispäivä");
        }

        @Test
        @DisplayName("10: a trained peer instructor and experience expert with fees and rights; a quarter referred to treatment")
        void peerInstructorAndExperienceExpert() {
            String out = run(() -> Example10PeerInstructorAndExperienceExpert.main(EN));
            // Peer instructor: two rights, answered, two client-side roles to one professional: rung 6.
            // Experience expert: three rights including EVALUATION: rung 7 (ParticipationLadder's table).
            assertThat(out).contains("Peer instructor:   training true, FEE, rights [PRIORITIES, IMPLEMENTATION], rung PARTNERSHIP")
                    .contains("Experience expert: training true, FEE, rights [AGENDA, IMPLEMENTATION, EVALUATION], rung DELEGATED_POWER")
                    .contains("Activity violations: 0")
                    .contains("ERROR /participants/2/roles/0/training polku.codevelopment.role.training.required")
                    // 12 participants: 2 mental health + 1 substance abuse = 3 referred; 3 with no destination.
                    .contains("Referred to treatment:                      3/12 (25.0 %)")
                    .contains("Positive outcomes (referrals count):        9/12 (75.0 %)")
                    .contains("Positive outcomes (referrals do not count): 6/12 (50.0 %)");
            assertThat(lines(out, "  ERROR ")).hasSize(1);
        }
    }

    @Nested
    @DisplayName("Narration")
    class Narration {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.polku.examples.ExamplesTest#programs")
        @DisplayName("print one sentence before every numbered step and the things to notice, in fi, sv and en")
        void narrateEveryStep(Path program) throws Exception {
            String name = program.getFileName().toString().replace(".java", "");
            long steps = Files.readString(program).lines().filter(l -> l.matches(".*// \\d+\\. .*")).count();
            java.lang.reflect.Method main = Class.forName("io.github.polku.examples." + name).getMethod("main", String[].class);
            String[][] languages = {{"en", "Step", "Things to notice:"}, {"fi", "Vaihe", "Huomaa:"}, {"sv", "Steg", "Lägg märke till:"}};
            for (String[] language : languages) {
                String[] args = name.startsWith("Example08") ? new String[] {"40", "--lang", language[0]}
                        : new String[] {"--lang", language[0]};
                String out = run(() -> {
                    try {
                        main.invoke(null, (Object) args);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (int step = 1; step <= steps; step++) {
                    assertThat(lines(out, "[" + language[1] + " " + step + "] ")).as("%s step %d in %s", name, step, language[0])
                            .hasSize(1);
                }
                assertThat(lines(out, "[" + language[1] + " ")).as(name).hasSize((int) steps);
                List<String> all = out.lines().toList();
                int notice = all.indexOf(language[2]);
                assertThat(notice).as("%s notices in %s", name, language[0]).isPositive();
                assertThat(all.subList(notice + 1, all.size())).hasSizeBetween(2, 3).allMatch(l -> l.startsWith("  - "));
            }
        }

        @Test
        @DisplayName("have the same keys in fi, sv and en, and a section cited in every step of a law-based program")
        void areCompleteInEveryLanguage() throws IOException {
            java.util.Properties en = lessons("");
            assertThat(lessons("_fi").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            assertThat(lessons("_sv").stringPropertyNames()).isEqualTo(en.stringPropertyNames());
            for (String key : List.of("01.step.2", "01.step.6", "09.step.1", "09.step.3")) {
                assertThat(en.getProperty(key)).contains("\u00a7");
            }
        }

        private java.util.Properties lessons(String suffix) throws IOException {
            java.util.Properties p = new java.util.Properties();
            try (java.io.Reader in = Files.newBufferedReader(Path.of("src/main/resources/io/github/polku/examples/lessons"
                    + suffix + ".properties"), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            return p;
        }
    }

    @Nested
    @DisplayName("Guides")
    class Guides {

        @ParameterizedTest(name = "{0}")
        @CsvSource({"OPAS.md", "GUIDE-sv.md"})
        @DisplayName("have a section for every program, and every link in them leads to a file")
        void coverEveryProgramAndLinkToFiles(String guide) throws IOException {
            String text = Files.readString(Path.of(guide));
            for (Path program : programs().toList()) {
                String name = program.getFileName().toString().replace(".java", "");
                Matcher number = Pattern.compile("Example(\\d\\d)").matcher(name);
                assertThat(number.find()).isTrue();
                assertThat(text).as("%s has a section for %s", guide, name).contains("## " + number.group(1) + " " + name + " ");
            }
            Matcher link = Pattern.compile("\\]\\(([^)#]+)(#[^)]*)?\\)").matcher(text);
            int links = 0;
            while (link.find()) {
                links++;
                assertThat(Path.of(link.group(1))).as("%s links to %s", guide, link.group(1)).exists();
            }
            assertThat(links).isGreaterThanOrEqualTo(5);
            assertThat(text).contains("../docs/diagrams/stages.md").contains("../docs/diagrams/goal-statuses.md")
                    .contains("../docs/diagrams/participation-ladder.md");
        }

        @Test
        @DisplayName("are linked, with the diagrams, from examples/README.md")
        void areLinkedFromTheReadme() throws IOException {
            assertThat(Files.readString(Path.of("README.md"))).contains("(OPAS.md)").contains("(GUIDE-sv.md)")
                    .contains("(../docs/diagrams/stages.md)").contains("(../docs/diagrams/goal-statuses.md)")
                    .contains("(../docs/diagrams/participation-ladder.md)");
        }
    }

    @Nested
    @DisplayName("11 FHIR")
    class Fhir {

        @Test
        @DisplayName("11: the Hämeenlinna path becomes a 15-entry transaction bundle and comes back equal")
        void pathTravelsAsATransactionBundle() {
            String out = run(() -> Example11FhirTransactionBundle.main(new String[0]));
            // Hand count from examples/data/valid/path-hameenlinna-2020.json: Patient, Organization (109),
            // EpisodeOfCare, ClinicalImpression (assessment), CareTeam (participant CLIENT), CarePlan (no goals),
            // 3 ServiceRequests, 3 Encounters (one attendance each), 1 Questionnaire (built-in work ability),
            // 2 QuestionnaireResponses = 15.
            assertThat(out).contains("Bundle type: transaction, entries: 15")
                    .contains("POST EpisodeOfCare  urn:uuid:")
                    .contains("Episode P-TEST-2020: finished, 5 status history entries")
                    .contains("Read back: valid")
                    .contains("Same path: true")
                    .doesNotContain("Exception");
            assertThat(lines(out, "POST Encounter")).hasSize(3);
        }
    }

    @Nested
    @DisplayName("Every program")
    class EveryProgram {

        @ParameterizedTest(name = "{0}")
        @MethodSource("io.github.polku.examples.ExamplesTest#programs")
        @DisplayName("has the teaching Javadoc, explicit types, numbered steps and at most 130 lines besides imports")
        void followsTheExampleStyle(Path program) throws IOException {
            String source = Files.readString(program);
            List<String> body = source.lines().filter(l -> !l.startsWith("import ") && !l.startsWith("package ")).toList();
            assertThat(source).contains("<b>What this shows.</b>").contains("<b>Things to notice.</b>")
                    .contains("// 1. ").contains("// 2. ").contains("public final class ")
                    .doesNotContainPattern("\\bvar\\s").doesNotContain(".internal.");
            // 130: 120 for the program, and room for one lesson line per step (GH-22)
            assertThat(body.size()).as("lines besides imports").isLessThanOrEqualTo(130);
        }

        @Test
        @DisplayName("is listed in examples/README.md and tested here")
        void isIndexedAndTested() throws IOException {
            String readme = Files.readString(Path.of("README.md"));
            String test = Files.readString(Path.of("src/test/java/io/github/polku/examples/ExamplesTest.java"));
            for (Path program : programs().toList()) {
                String name = program.getFileName().toString().replace(".java", "");
                assertThat(readme).as("README lists " + name).contains("[" + name + "]");
                assertThat(test).as("test runs " + name).contains(name + ".main(");
                Matcher number = Pattern.compile("Example(\\d\\d)").matcher(name);
                assertThat(number.find()).isTrue();
                assertThat(readme).contains("examples/run " + number.group(1));
            }
        }
    }

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            return files.filter(f -> f.getFileName().toString().matches("Example\\d\\d\\w+\\.java")).sorted()
                    .collect(Collectors.toList()).stream();
        }
    }

    static List<String> lines(String output, String marker) {
        return output.lines().filter(l -> l.contains(marker)).toList();
    }

    static String run(Runnable program) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            program.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
