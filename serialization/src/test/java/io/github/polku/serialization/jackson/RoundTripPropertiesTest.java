package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Client;
import io.github.polku.client.ClientId;
import io.github.polku.client.ClientIdentity;
import io.github.polku.client.ClientLanguage;
import io.github.polku.client.NamedWorker;
import io.github.polku.client.OmissionReason;
import io.github.polku.client.Organiser;
import io.github.polku.client.PersonalIdentityCode;
import io.github.polku.client.Profession;
import io.github.polku.client.SupportNeed;
import io.github.polku.client.WorkerId;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.codevelopment.ProcessId;
import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.measurement.Occasion;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.FirstContact;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.path.ServiceNeedAssessment;
import io.github.polku.testing.CoDevelopmentSamples;
import io.github.polku.testing.Samples;
import io.github.polku.codevelopment.DecisionRight;
import io.github.polku.codevelopment.ParticipantKind;
import io.github.polku.codevelopment.ParticipationRole;
import io.github.polku.quality.QualityEvaluation;
import io.github.polku.quality.QualityEvaluator;
import io.github.polku.quality.QualityFramework;
import io.github.polku.service.DeliveryMode;
import io.github.polku.testing.EdgeCases;
import io.github.polku.testing.Generators;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@code read(write(x)).equals(x)} for random valid values of every document type (QuickTheories; a
 * failure prints the seed, rerun with {@code -DQT_SEED=...}, docs/TESTING.md), and for the edge values
 * written down as rows.
 */
class RoundTripPropertiesTest {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();
    private static final String CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY";
    private static final String SPECIAL_TEXT = "Fictional \"quoted\" \\ \u00e4\u00f6\u00e5 \uD83D\uDE00";

    private static Object roundTrip(Object value) {
        String json = DOCUMENTS.write(value);
        assertThat(DOCUMENTS.write(DOCUMENTS.read(json, value.getClass()))).isEqualTo(json);
        return DOCUMENTS.read(json.getBytes(StandardCharsets.UTF_8), value.getClass());
    }

    static Gen<String> ids() {
        return Generators.textOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 3).zip(integers().between(0, 999_999), (a, n) -> a + "-" + n);
    }

    /** Free text with quotes, escapes, non-ASCII and astral characters. */
    static Gen<String> texts() {
        Gen<String> random = Generators.textWithoutSurrogates(1, 40).map(s -> "Fictional " + s);
        return Generate.frequency(List.of(Pair.of(9, random), Pair.of(1, Generate.constant(SPECIAL_TEXT))));
    }

    static Gen<LocalDate> dates() {
        return integers().between(0, 20 * 366).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
    }

    static Gen<Organiser> organisers() {
        return arbitrary().pick(Organiser.since2023());
    }

    private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
        return gen.toOptionals(25);
    }

    // ---------------------------------------------------------------- clients

    private static Client client(String id, ClientLanguage language, Organiser organiser, List<SupportNeed> needs, boolean special,
            Optional<NamedWorker> worker, OmissionReason omission) {
        Client.Builder b = Client.builder().clientId(ClientId.of(id)).language(language).organiser(organiser)
                .addAllSupportNeeds(needs).specialSupport(special);
        if (worker.isPresent()) {
            b.namedWorker(worker.get());
        } else {
            b.namedWorkerOmission(omission);
        }
        return b.build();
    }

    private static NamedWorker worker(String id, Profession profession) {
        return NamedWorker.builder().workerId(WorkerId.of(id)).profession(profession).build();
    }

    static Gen<Client> clients() {
        Gen<NamedWorker> workers = ids().zip(arbitrary().enumValues(Profession.class), RoundTripPropertiesTest::worker);
        Gen<Object[]> rest = booleans().all().zip(optional(workers), arbitrary().enumValues(OmissionReason.class),
                (special, worker, omission) -> new Object[] {special, worker, omission});
        return ids().zip(arbitrary().enumValues(ClientLanguage.class), organisers(), Generators.subsetOf(List.of(SupportNeed.values())),
                rest, (id, language, organiser, needs, r) -> {
                    @SuppressWarnings("unchecked")
                    Optional<NamedWorker> worker = (Optional<NamedWorker>) r[1];
                    return client(id, language, organiser, needs, (Boolean) r[0], worker, (OmissionReason) r[2]);
                });
    }

    static Stream<Client> edgeClients() {
        List<Client> clients = new ArrayList<>();
        List<Organiser> organisers = Organiser.since2023();
        ClientLanguage[] languages = ClientLanguage.values();
        for (int i = 0; i < languages.length; i++) {
            clients.add(client("A-0", languages[i], organisers.get(0), List.of(), false, Optional.empty(), OmissionReason.values()[0]));
            clients.add(client("ZZZ-999999", languages[i], organisers.get(organisers.size() - 1), List.of(SupportNeed.values()), true,
                    Optional.of(worker("ZZZ-999999", Profession.values()[Profession.values().length - 1])), OmissionReason.values()[0]));
        }
        return clients.stream();
    }

    @Test
    void roundTripsClients() {
        qt().withExamples(50).forAll(clients()).checkAssert(client -> assertThat(roundTrip(client)).isEqualTo(client));
    }

    @ParameterizedTest
    @MethodSource("edgeClients")
    void roundTripsEdgeClients(Client client) {
        assertThat(roundTrip(client)).isEqualTo(client);
    }

    // ---------------------------------------------------------------- identities

    /** An identity code with the check character computed here: the 9-digit number modulo 31. */
    private static String code(int days, int individual) {
        LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(days);
        String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
        String number = String.format("%03d", individual);
        char sign = birth.getYear() < 2000 ? '-' : 'A';
        int remainder = (int) (Long.parseLong(date + number) % 31);
        return date + sign + number + CONTROL.charAt(remainder);
    }

    private static ClientIdentity identity(String id, String code, Optional<String> name) {
        return ClientIdentity.builder().clientId(ClientId.of(id)).identityCode(PersonalIdentityCode.parse(code)).name(name).build();
    }

    static Gen<ClientIdentity> identities() {
        Gen<String> codes = integers().between(0, 365 * 90).zip(integers().between(2, 899), RoundTripPropertiesTest::code);
        return ids().zip(codes, optional(texts()), RoundTripPropertiesTest::identity);
    }

    static Stream<Arguments> edgeIdentities() {
        return EdgeCases.combinations(List.of(0, 1, 365 * 70, 365 * 90 - 1, 365 * 90), List.of(2, 3, 898, 899),
                List.of(Optional.empty(), Optional.of(SPECIAL_TEXT), Optional.of("Fictional \u0000\u001f\u2028")));
    }

    @Test
    void roundTripsIdentities() {
        qt().withExamples(50).forAll(identities()).checkAssert(identity -> assertThat(roundTrip(identity)).isEqualTo(identity));
    }

    @ParameterizedTest
    @MethodSource("edgeIdentities")
    void roundTripsEdgeIdentities(int days, int individual, Optional<String> name) {
        ClientIdentity identity = identity("A-0", code(days, individual), name);
        assertThat(roundTrip(identity)).isEqualTo(identity);
    }

    // ---------------------------------------------------------------- anonymous contacts

    private static AnonymousContact contact(LocalDate date, String place, AnonymousChannel channel, List<ContactActivity> activities,
            int people, Optional<Organiser> organiser) {
        return AnonymousContact.builder().date(date).place(place).channel(channel).addAllActivities(activities).peopleCount(people)
                .organiser(organiser).build();
    }

    static Gen<AnonymousContactBatch> batches() {
        Gen<Object[]> rest = integers().between(1, 500).zip(optional(organisers()), (people, organiser) -> new Object[] {people, organiser});
        Gen<AnonymousContact> contacts = dates().zip(texts(), arbitrary().enumValues(AnonymousChannel.class),
                Generators.subsetOf(List.of(ContactActivity.values())), rest, (date, place, channel, activities, r) -> {
                    @SuppressWarnings("unchecked")
                    Optional<Organiser> organiser = (Optional<Organiser>) r[1];
                    return contact(date, place, channel, activities, (Integer) r[0], organiser);
                });
        return lists().of(contacts).ofSizeBetween(0, 5).map(AnonymousContactBatch::of);
    }

    static Stream<AnonymousContactBatch> edgeBatches() {
        LocalDate first = LocalDate.of(2010, 1, 1);
        LocalDate last = first.plusDays(20 * 366);
        List<AnonymousContact> five = new ArrayList<>();
        for (AnonymousChannel channel : AnonymousChannel.values()) {
            five.add(contact(first, SPECIAL_TEXT, channel, List.of(ContactActivity.values()), 500, Optional.of(Organiser.since2023().get(0))));
        }
        while (five.size() < 5) {
            five.add(contact(last, "Fictional x", AnonymousChannel.values()[0], List.of(), 1, Optional.empty()));
        }
        return Stream.of(AnonymousContactBatch.of(List.of()),
                AnonymousContactBatch.of(List.of(contact(first, "Fictional x", AnonymousChannel.values()[0], List.of(), 1, Optional.empty()))),
                AnonymousContactBatch.of(five.subList(0, 5)));
    }

    @Test
    void roundTripsContactBatches() {
        qt().withExamples(50).forAll(batches()).checkAssert(batch -> assertThat(roundTrip(batch)).isEqualTo(batch));
    }

    @ParameterizedTest
    @MethodSource("edgeBatches")
    void roundTripsEdgeContactBatches(AnonymousContactBatch batch) {
        assertThat(roundTrip(batch)).isEqualTo(batch);
    }

    // ---------------------------------------------------------------- paths

    private static ServiceNeedAssessment assessment(Optional<String> client, Optional<String> worker, boolean need) {
        return ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT).startedOn(Samples.CONTACT.plusDays(6))
                .completedOn(Samples.CONTACT.plusDays(19)).clientView(client).workerView(worker).rehabilitationNeed(need).build();
    }

    private static RehabilitationPath path(String id, String client, Organiser organiser, Optional<Integer> month, ContactChannel channel,
            Optional<ServiceNeedAssessment> assessment, BigDecimal score, Occasion occasion) {
        RehabilitationPath.Builder b = RehabilitationPath.builder().id(PathId.of(id)).clientId(ClientId.of(client))
                .organiser(organiser).firstContact(FirstContact.of(Samples.CONTACT, channel))
                .clientBirthMonth(month.map(m -> YearMonth.of(1960, 1).plusMonths(m)))
                .addMeasurement(Samples.workAbility(Samples.CONTACT, 5, occasion))
                .addService(Samples.hameenlinnaVoucherService("S-1", DeliveryMode.VIDEO,
                        DateRange.of(Samples.CONTACT, Samples.CONTACT.plusDays(score.intValue())), Samples.CONTACT));
        assessment.ifPresent(b::assessment);
        return b.build();
    }

    static Gen<RehabilitationPath> paths() {
        Gen<ServiceNeedAssessment> assessments = optional(texts()).zip(optional(texts()), booleans().all(),
                RoundTripPropertiesTest::assessment);
        Gen<BigDecimal> scores = integers().between(0, 1000).map(cents -> BigDecimal.valueOf(cents, 2));
        Gen<Object[]> rest = arbitrary().enumValues(ContactChannel.class).zip(optional(assessments), scores,
                arbitrary().enumValues(Occasion.class), (channel, assessment, score, occasion) -> new Object[] {channel, assessment, score, occasion});
        return ids().zip(ids(), organisers(), optional(integers().between(0, 600)), rest, (id, client, organiser, month, r) -> {
            @SuppressWarnings("unchecked")
            Optional<ServiceNeedAssessment> assessment = (Optional<ServiceNeedAssessment>) r[1];
            return path(id, client, organiser, month, (ContactChannel) r[0], assessment, (BigDecimal) r[2], (Occasion) r[3]);
        });
    }

    static Stream<RehabilitationPath> edgePaths() {
        List<RehabilitationPath> paths = new ArrayList<>();
        List<Organiser> organisers = Organiser.since2023();
        for (Occasion occasion : Occasion.values()) {
            paths.add(path("A-0", "A-0", organisers.get(0), Optional.empty(), ContactChannel.values()[0], Optional.empty(),
                    BigDecimal.ZERO, occasion));
            paths.add(path("ZZZ-999999", "ZZZ-999999", organisers.get(organisers.size() - 1), Optional.of(600),
                    ContactChannel.values()[ContactChannel.values().length - 1],
                    Optional.of(assessment(Optional.of(SPECIAL_TEXT), Optional.empty(), true)), new BigDecimal("10.00"), occasion));
            paths.add(path("B-1", "B-1", organisers.get(0), Optional.of(0), ContactChannel.values()[0],
                    Optional.of(assessment(Optional.empty(), Optional.of(SPECIAL_TEXT), false)), new BigDecimal("0.01"), occasion));
        }
        return paths.stream();
    }

    @Test
    void roundTripsPaths() {
        qt().withExamples(30).forAll(paths()).checkAssert(path -> assertThat(roundTrip(path)).isEqualTo(path));
    }

    @ParameterizedTest
    @MethodSource("edgePaths")
    void roundTripsEdgePaths(RehabilitationPath path) {
        assertThat(roundTrip(path)).isEqualTo(path);
    }

    // ---------------------------------------------------------------- co-development processes

    private static CoDevelopmentProcess process(String id, String title, List<DecisionRight> rights) {
        return CoDevelopmentProcess.builder().id(ProcessId.of(id)).title(title)
                .organiser(CoDevelopmentSamples.JYVASKYLA)
                .addParticipant(CoDevelopmentSamples.participant("DEV-01", ParticipantKind.CLIENT,
                        CoDevelopmentSamples.developerClient(rights.toArray(new DecisionRight[0]))))
                .addParticipant(CoDevelopmentSamples.participant("PRO-01", ParticipantKind.PROFESSIONAL,
                        CoDevelopmentSamples.role(ParticipationRole.PROFESSIONAL)))
                .build();
    }

    static Gen<CoDevelopmentProcess> processes() {
        return ids().zip(texts(), Generators.subsetOf(List.of(DecisionRight.values())), RoundTripPropertiesTest::process);
    }

    static Stream<CoDevelopmentProcess> edgeProcesses() {
        return Stream.of(process("A-0", "Fictional x", List.of()), process("ZZZ-999999", SPECIAL_TEXT, List.of(DecisionRight.values())),
                CoDevelopmentSamples.jyvaskyla());
    }

    @Test
    void roundTripsProcesses() {
        qt().withExamples(20).forAll(processes()).checkAssert(process -> assertThat(roundTrip(process)).isEqualTo(process));
    }

    @ParameterizedTest
    @MethodSource("edgeProcesses")
    void roundTripsEdgeProcesses(CoDevelopmentProcess process) {
        assertThat(roundTrip(process)).isEqualTo(process);
    }

    // ---------------------------------------------------------------- dates across centuries

    private static void roundTripsDates(List<LocalDate> dates) {
        for (LocalDate date : dates) {
            AnonymousContactBatch batch = AnonymousContactBatch.of(List.of(AnonymousContact.builder().date(date).place("Fictional place")
                    .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE).peopleCount(1).build()));
            assertThat(roundTrip(batch)).isEqualTo(batch);
        }
    }

    @Test
    void roundTripsDatesAcrossCenturies() {
        Gen<LocalDate> dates = integers().between(0, 3000 * 365).map(d -> LocalDate.of(1000, 1, 1).plusDays(d));
        qt().withExamples(20).forAll(lists().of(dates).ofSize(5)).checkAssert(RoundTripPropertiesTest::roundTripsDates);
    }

    @Test
    void roundTripsTheEdgeDatesAcrossCenturies() {
        LocalDate first = LocalDate.of(1000, 1, 1);
        roundTripsDates(List.of(first, first.plusDays(1), LocalDate.of(1582, 10, 15), LocalDate.of(1900, 2, 28), LocalDate.of(2000, 2, 29),
                LocalDate.of(1999, 12, 31), first.plusDays(3000 * 365 - 1), first.plusDays(3000 * 365)));
    }

    // ---------------------------------------------------------------- quality frameworks and evaluations

    private static QualityFramework framework(List<io.github.polku.quality.QualityCriterion> criteria, int minor) {
        QualityFramework builtIn = Goldens.framework();
        return QualityFramework.builder().id(builtIn.getId()).version("1." + minor).name(builtIn.getName())
                .addAllSources(builtIn.getSources())
                .addAllCriteria(builtIn.getCriteria().stream().filter(criteria::contains).toList()).build();
    }

    static Gen<QualityFramework> frameworks() {
        return Generators.subsetOf(Goldens.framework().getCriteria()).assuming(criteria -> !criteria.isEmpty())
                .zip(integers().between(0, 99), RoundTripPropertiesTest::framework);
    }

    static Stream<QualityFramework> edgeFrameworks() {
        List<io.github.polku.quality.QualityCriterion> all = Goldens.framework().getCriteria();
        return Stream.of(framework(all.subList(0, 1), 0), framework(all.subList(all.size() - 1, all.size()), 99), framework(all, 0),
                framework(all, 99));
    }

    @Test
    void roundTripsQualityFrameworks() {
        qt().withExamples(20).forAll(frameworks()).checkAssert(framework -> assertThat(roundTrip(framework)).isEqualTo(framework));
    }

    @ParameterizedTest
    @MethodSource("edgeFrameworks")
    void roundTripsEdgeQualityFrameworks(QualityFramework framework) {
        assertThat(roundTrip(framework)).isEqualTo(framework);
    }

    private static void roundTripsEvaluation(RehabilitationPath path, int days) {
        QualityEvaluation evaluation = QualityEvaluator.of(Goldens.framework()).evaluate(path, Samples.CONTACT.plusDays(days));
        assertThat(roundTrip(evaluation)).isEqualTo(evaluation);
    }

    @Test
    void roundTripsQualityEvaluations() {
        qt().withExamples(20).forAll(paths(), integers().between(0, 2000)).checkAssert(RoundTripPropertiesTest::roundTripsEvaluation);
    }

    static Stream<Arguments> edgeEvaluations() {
        return EdgeCases.combinations(edgePaths().toList(), EdgeCases.ofRange(0, 2000));
    }

    @ParameterizedTest
    @MethodSource("edgeEvaluations")
    void roundTripsEdgeQualityEvaluations(RehabilitationPath path, int days) {
        roundTripsEvaluation(path, days);
    }
}
