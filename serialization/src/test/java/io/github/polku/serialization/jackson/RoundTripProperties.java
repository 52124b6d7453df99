package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code read(write(x)).equals(x)} for random valid values of every document type. */
class RoundTripProperties {

    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();
    private static final String CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    private static Object roundTrip(Object value) {
        String json = DOCUMENTS.write(value);
        assertThat(DOCUMENTS.write(DOCUMENTS.read(json, value.getClass()))).isEqualTo(json);
        return DOCUMENTS.read(json.getBytes(StandardCharsets.UTF_8), value.getClass());
    }

    static Arbitrary<String> ids() {
        return Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(3),
                Arbitraries.integers().between(0, 999_999)).as((a, n) -> a + "-" + n);
    }

    /** Free text with quotes, escapes, non-ASCII and astral characters. */
    static Arbitrary<String> texts() {
        Arbitrary<String> random = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(40)
                .filter(s -> s.chars().noneMatch(c -> Character.isSurrogate((char) c))).map(s -> "Fictional " + s);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, random),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("Fictional \"quoted\" \\ \u00e4\u00f6\u00e5 \uD83D\uDE00")));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 20 * 366).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
    }

    static Arbitrary<Organiser> organisers() {
        return Arbitraries.of(Organiser.since2023());
    }

    @Provide
    Arbitrary<Client> clients() {
        Arbitrary<NamedWorker> workers = Combinators.combine(ids(), Arbitraries.of(Profession.class))
                .as((id, p) -> NamedWorker.builder().workerId(WorkerId.of(id)).profession(p).build());
        return Combinators.combine(ids(), Arbitraries.of(ClientLanguage.class), organisers(),
                Arbitraries.subsetOf(SupportNeed.values()), Arbitraries.of(true, false), workers.optional(),
                Arbitraries.of(OmissionReason.class)).as((id, language, organiser, needs, special, worker, omission) -> {
                    Client.Builder b = Client.builder().clientId(ClientId.of(id)).language(language).organiser(organiser)
                            .addAllSupportNeeds(needs).specialSupport(special);
                    if (worker.isPresent()) {
                        b.namedWorker(worker.get());
                    } else {
                        b.namedWorkerOmission(omission);
                    }
                    return b.build();
                });
    }

    @Property(tries = 50)
    void roundTripsClients(@ForAll("clients") Client client) {
        assertThat(roundTrip(client)).isEqualTo(client);
    }

    /** Identity codes with the check character computed here: the 9-digit number modulo 31. */
    @Provide
    Arbitrary<ClientIdentity> identities() {
        Arbitrary<String> codes = Combinators.combine(Arbitraries.integers().between(0, 365 * 90), Arbitraries.integers().between(2, 899))
                .as((days, individual) -> {
                    LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(days);
                    String date = String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100);
                    String number = String.format("%03d", individual);
                    char sign = birth.getYear() < 2000 ? '-' : 'A';
                    int remainder = (int) (Long.parseLong(date + number) % 31);
                    return date + sign + number + CONTROL.charAt(remainder);
                });
        return Combinators.combine(ids(), codes, texts().optional()).as((id, code, name) -> ClientIdentity.builder()
                .clientId(ClientId.of(id)).identityCode(PersonalIdentityCode.parse(code)).name(name).build());
    }

    @Property(tries = 50)
    void roundTripsIdentities(@ForAll("identities") ClientIdentity identity) {
        assertThat(roundTrip(identity)).isEqualTo(identity);
    }

    @Provide
    Arbitrary<AnonymousContactBatch> batches() {
        Arbitrary<AnonymousContact> contacts = Combinators.combine(dates(), texts(), Arbitraries.of(AnonymousChannel.class),
                Arbitraries.subsetOf(ContactActivity.values()), Arbitraries.integers().between(1, 500), organisers().optional())
                .as((date, place, channel, activities, people, organiser) -> AnonymousContact.builder().date(date).place(place)
                        .channel(channel).addAllActivities(activities).peopleCount(people).organiser(organiser).build());
        return contacts.list().ofMaxSize(5).map(AnonymousContactBatch::of);
    }

    @Property(tries = 50)
    void roundTripsContactBatches(@ForAll("batches") AnonymousContactBatch batch) {
        assertThat(roundTrip(batch)).isEqualTo(batch);
    }

    @Provide
    Arbitrary<RehabilitationPath> paths() {
        Arbitrary<ServiceNeedAssessment> assessments = Combinators.combine(texts().optional(), texts().optional(),
                Arbitraries.of(true, false)).as((client, worker, need) -> ServiceNeedAssessment.builder().pendingOn(Samples.CONTACT)
                        .startedOn(Samples.CONTACT.plusDays(6)).completedOn(Samples.CONTACT.plusDays(19)).clientView(client)
                        .workerView(worker).rehabilitationNeed(need).build());
        Arbitrary<BigDecimal> scores = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.TEN).ofScale(2);
        return Combinators.combine(ids(), ids(), organisers(), Arbitraries.integers().between(0, 600).optional(),
                Arbitraries.of(ContactChannel.class), assessments.optional(), scores, Arbitraries.of(Occasion.class))
                .as((id, client, organiser, month, channel, assessment, score, occasion) -> {
                    RehabilitationPath.Builder b = RehabilitationPath.builder().id(PathId.of(id)).clientId(ClientId.of(client))
                            .organiser(organiser).firstContact(FirstContact.of(Samples.CONTACT, channel))
                            .clientBirthMonth(month.map(m -> YearMonth.of(1960, 1).plusMonths(m)))
                            .addMeasurement(Samples.workAbility(Samples.CONTACT, 5, occasion))
                            .addService(Samples.hameenlinnaVoucherService("S-1", io.github.polku.service.DeliveryMode.VIDEO,
                                    DateRange.of(Samples.CONTACT, Samples.CONTACT.plusDays(score.intValue())), Samples.CONTACT));
                    assessment.ifPresent(b::assessment);
                    return b.build();
                });
    }

    @Property(tries = 30)
    void roundTripsPaths(@ForAll("paths") RehabilitationPath path) {
        assertThat(roundTrip(path)).isEqualTo(path);
    }

    @Provide
    Arbitrary<CoDevelopmentProcess> processes() {
        return Combinators.combine(ids(), texts(), Arbitraries.subsetOf(io.github.polku.codevelopment.DecisionRight.values()))
                .as((id, title, rights) -> CoDevelopmentProcess.builder().id(ProcessId.of(id)).title(title)
                        .organiser(CoDevelopmentSamples.JYVASKYLA)
                        .addParticipant(CoDevelopmentSamples.participant("DEV-01", io.github.polku.codevelopment.ParticipantKind.CLIENT,
                                CoDevelopmentSamples.developerClient(rights.toArray(new io.github.polku.codevelopment.DecisionRight[0]))))
                        .addParticipant(CoDevelopmentSamples.participant("PRO-01", io.github.polku.codevelopment.ParticipantKind.PROFESSIONAL,
                                CoDevelopmentSamples.role(io.github.polku.codevelopment.ParticipationRole.PROFESSIONAL)))
                        .build());
    }

    @Property(tries = 20)
    void roundTripsProcesses(@ForAll("processes") CoDevelopmentProcess process) {
        assertThat(roundTrip(process)).isEqualTo(process);
        assertThat(roundTrip(CoDevelopmentSamples.jyvaskyla())).isEqualTo(CoDevelopmentSamples.jyvaskyla());
    }

    @Property(tries = 20)
    void roundTripsDatesAcrossCenturies(@ForAll("dateList") List<LocalDate> dates) {
        for (LocalDate date : dates) {
            AnonymousContactBatch batch = AnonymousContactBatch.of(List.of(AnonymousContact.builder().date(date).place("Fictional place")
                    .channel(AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE).peopleCount(1).build()));
            assertThat(roundTrip(batch)).isEqualTo(batch);
        }
    }

    @Provide
    Arbitrary<List<LocalDate>> dateList() {
        return Arbitraries.integers().between(0, 3000 * 365).map(d -> LocalDate.of(1000, 1, 1).plusDays(d)).list().ofSize(5);
    }

    @Provide
    Arbitrary<io.github.polku.quality.QualityFramework> frameworks() {
        io.github.polku.quality.QualityFramework builtIn = Goldens.framework();
        return Combinators.combine(Arbitraries.subsetOf(builtIn.getCriteria()).ofMinSize(1), Arbitraries.integers().between(0, 99))
                .as((criteria, minor) -> io.github.polku.quality.QualityFramework.builder().id(builtIn.getId()).version("1." + minor)
                        .name(builtIn.getName()).addAllSources(builtIn.getSources())
                        .addAllCriteria(builtIn.getCriteria().stream().filter(criteria::contains).toList()).build());
    }

    @Property(tries = 20)
    void roundTripsQualityFrameworks(@ForAll("frameworks") io.github.polku.quality.QualityFramework framework) {
        assertThat(roundTrip(framework)).isEqualTo(framework);
    }

    @Property(tries = 20)
    void roundTripsQualityEvaluations(@ForAll("paths") RehabilitationPath path, @ForAll("evaluationDays") int days) {
        io.github.polku.quality.QualityEvaluation evaluation = io.github.polku.quality.QualityEvaluator.of(Goldens.framework())
                .evaluate(path, Samples.CONTACT.plusDays(days));
        assertThat(roundTrip(evaluation)).isEqualTo(evaluation);
    }

    @Provide
    Arbitrary<Integer> evaluationDays() {
        return Arbitraries.integers().between(0, 2000);
    }
}
