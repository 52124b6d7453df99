package io.github.polku.quality;

import java.util.Map;

/**
 * Polku's built-in quality framework, {@code POLKU}, defined in code (see
 * {@link QualityFramework#builtIn()}). Every criterion cites the statute section or the SOSKU theme
 * it comes from; only sources marked confirmed in the project's research note (DOMAIN.md) are cited.
 * <p>
 * This is <b>not</b> the list of ten SOSKU quality criteria of THL (Työpaperi 7/2018): that list
 * could not be confirmed, so Polku does not ship a guess under THL's name; an organiser exchanges
 * it as its own {@code QUALITY_FRAMEWORK} document. The durations in the parameters are Polku's
 * defaults, not legal numbers: an organiser sets its own.
 */
final class BuiltInFramework {

    /** The framework, built once on first use. */
    static final QualityFramework FRAMEWORK = build();

    private BuiltInFramework() {
    }

    private static QualityFramework build() {
        return QualityFramework.builder()
                .id("POLKU")
                .version("0.1.0")
                .name(text(
                        "Polun lähteistetyt laatukriteerit",
                        "Polkus kvalitetskriterier med källor",
                        "Polku quality criteria with cited sources"))
                .addSources(
                        confirmed("Social Welfare Act 1301/2014 (sosiaalihuoltolaki)",
                                "https://www.finlex.fi/fi/laki/ajantasa/2014/20141301"),
                        confirmed("SOSKU: quality criteria for organisers of social rehabilitation (themes), Vates 2018",
                                "https://www.vates.fi/vates/artikkelit/kuntouttava-tyotoiminta/soskussa-luotiin-laatukriteerit-sosiaalisen-kuntoutuksen-jarjestajille.html"))
                .addCriteria(
                        criterion("NEED_ASSESSMENT", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.NEED_ASSESSMENT), Map.of(),
                                text(
                                        "Palvelutarpeen arviointi tehty",
                                        "Bedömning av servicebehovet gjord",
                                        "Service need assessment made"),
                                text(
                                        "Asiakkaan palvelutarve arvioidaan, ellei arviointi ole ilmeisen "
                                                + "tarpeetonta. Sosiaalisen kuntoutuksen tarve selvitetään osana arviointia.",
                                        "Klientens servicebehov bedöms, om det inte är uppenbart onödigt. Behovet av "
                                                + "social rehabilitering utreds som en del av bedömningen.",
                                        "The client's service need is assessed unless this is obviously unnecessary. "
                                                + "The need for social rehabilitation is examined as part of the assessment."),
                                confirmed("Social Welfare Act 1301/2014, section 36",
                                        "https://stm.fi/en/social-services"),
                                confirmed("THL, Sosiaalisen kuntoutuksen opas: kuntoutustarpeen selvittäminen",
                                        "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/sosku/sosiaalisen-kuntoutuksen-opas/kuntoutustarpeen-selvittaminen")),
                        criterion("NEED_ASSESSMENT_ON_TIME", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.NEED_ASSESSMENT_ON_TIME), Map.of(),
                                text(
                                        "Palvelutarpeen arviointi määräajassa",
                                        "Bedömning av servicebehovet inom tidsfristen",
                                        "Service need assessment on time"),
                                text(
                                        "Arviointi alkaa viimeistään seitsemäntenä arkipäivänä vireilletulosta, kun "
                                                + "asiakas on yli 75-vuotias, saa ylintä hoitotukea tai on erityistä tukea "
                                                + "tarvitseva lapsi; kiireellinen tarve arvioidaan heti; erityistä tukea "
                                                + "tarvitsevan lapsen arviointi valmistuu kolmessa kuukaudessa.",
                                        "Bedömningen inleds senast den sjunde vardagen efter att ärendet blev "
                                                + "anhängigt när klienten är över 75 år, får det högsta vårdbidraget eller är "
                                                + "ett barn i behov av särskilt stöd; ett brådskande behov bedöms genast; "
                                                + "bedömningen för ett barn i behov av särskilt stöd blir klar inom tre "
                                                + "månader.",
                                        "The assessment starts by the seventh working day after the matter became "
                                                + "pending when the client is over 75, receives the highest care allowance or "
                                                + "is a child needing special support; an urgent need is assessed at once; the "
                                                + "assessment of a child needing special support is complete within three "
                                                + "months."),
                                confirmed("Social Welfare Act 1301/2014, section 36 (Palveluopas 2025)",
                                        "https://proofer.faktor.fi/epaper/Palveluopas2025/19"),
                                confirmed("THL, Lastensuojelun käsikirja: lastensuojelun aikarajat (counting working days)",
                                        "https://thl.fi/julkaisut/kasikirjat/lastensuojelun-kasikirja/tyoprosessi/lastensuojeluilmoitus-ja-lastensuojeluasian-vireilletulo/lastensuojelun-aikarajat")),
                        criterion("CLIENT_PLAN_WITH_CLIENT", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.CLIENT_PLAN), Map.of(),
                                text(
                                        "Asiakassuunnitelma yhdessä asiakkaan kanssa",
                                        "Klientplan tillsammans med klienten",
                                        "Client plan made with the client"),
                                text(
                                        "Asiakassuunnitelma laaditaan yhdessä asiakkaan (tai tämän edustajan tai "
                                                + "läheisen) kanssa, ja siihen kirjataan asiakkaan oma näkemys.",
                                        "Klientplanen görs tillsammans med klienten (eller dennes företrädare eller "
                                                + "närstående), och klientens egen syn registreras i den.",
                                        "The client plan is drawn up together with the client (or the client's "
                                                + "representative or a close person) and records the client's own view."),
                                confirmed("Social Welfare Act 1301/2014, section 39",
                                        "https://stm.fi/sosiaalipalvelujen-saatavuus"),
                                confirmed("Act 812/2000 on the status and rights of social welfare clients, section 8",
                                        "https://stm.fi/sosiaalihuollon-asiakkaan-oikeudet")),
                        criterion("NAMED_WORKER", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.NAMED_WORKER), Map.of(),
                                text(
                                        "Omatyöntekijä",
                                        "Egen kontaktperson",
                                        "Named worker"),
                                text(
                                        "Asiakkaalle nimetään omatyöntekijä, ellei se ole ilmeisen tarpeetonta; "
                                                + "erityistä tukea tarvitsevalle asiakkaalle suositellaan sosiaalityöntekijää.",
                                        "Klienten får en egen kontaktperson om det inte är uppenbart onödigt; för en "
                                                + "klient i behov av särskilt stöd rekommenderas en socialarbetare.",
                                        "The client is given a named worker unless this is obviously unnecessary; a "
                                                + "social worker is recommended for a client needing special support."),
                                confirmed("Social Welfare Act 1301/2014, section 42; THL, Sosiaalisen kuntoutuksen opas: omatyöntekijä",
                                        "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/sosku/sosiaalisen-kuntoutuksen-opas/omatyontekija")),
                        criterion("GOALS_FOLLOWED_UP", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.GOALS_FOLLOWED_UP), Map.of("dueAfterMonths", "6"),
                                text(
                                        "Tavoitteiden seuranta",
                                        "Uppföljning av målen",
                                        "Goals followed up"),
                                text(
                                        "Asiakassuunnitelman tavoitteet arvioidaan: suunnitelmaa arvioidaan tai "
                                                + "tavoitteiden toteutuminen kirjataan.",
                                        "Målen i klientplanen följs upp: planen utvärderas eller måluppfyllelsen "
                                                + "registreras.",
                                        "The goals of the client plan are followed up: the plan is evaluated or the "
                                                + "attainment of each goal is recorded."),
                                confirmed("Social Welfare Act 1301/2014, section 39",
                                        "https://stm.fi/sosiaalipalvelujen-saatavuus"),
                                confirmed("THL, AVAIN-mittari (filled in when the plan is made and when it is evaluated)",
                                        "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/avain-mittari")),
                        criterion("VOLUNTARY_PARTICIPATION", SubjectKind.PATH, Assessment.byPerson(), Map.of(),
                                text(
                                        "Vapaaehtoinen osallistuminen",
                                        "Frivilligt deltagande",
                                        "Voluntary participation"),
                                text(
                                        "Osallistuminen perustuu asiakkaan omaan tahtoon eikä siihen liity "
                                                + "sanktioita. Polun tietomallissa sosiaaliseen kuntoutukseen ei voi kirjata "
                                                + "sanktiota, joten kirjaukset eivät kerro vapaaehtoisuudesta: henkilö arvioi "
                                                + "sen, esimerkiksi kysymällä asiakkaalta.",
                                        "Deltagandet bygger på klientens egen vilja och är inte förenat med "
                                                + "sanktioner. Polkus datamodell kan inte registrera en sanktion för social "
                                                + "rehabilitering, så uppgifterna visar inte frivilligheten: en person bedömer "
                                                + "den, till exempel genom att fråga klienten.",
                                        "Participation rests on the client's own will and carries no sanction. "
                                                + "Polku's model cannot record a sanction on social rehabilitation, so the "
                                                + "records do not show voluntariness: a person assesses it, for example by "
                                                + "asking the client."),
                                confirmed("SOSKU quality criteria: the client's own will in taking part (asiakkaan omaehtoisuus), Vates 2018",
                                        "https://www.vates.fi/vates/artikkelit/kuntouttava-tyotoiminta/soskussa-luotiin-laatukriteerit-sosiaalisen-kuntoutuksen-jarjestajille.html"),
                                confirmed("Act 812/2000 on the status and rights of social welfare clients, section 8 (self-determination)",
                                        "https://stm.fi/sosiaalihuollon-asiakkaan-oikeudet")),
                        criterion("LONG_TERM_SUPPORT", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.LONG_TERM_SUPPORT), Map.of("minimumMonths", "6"),
                                text(
                                        "Pitkäkestoinen tuki",
                                        "Långvarigt stöd",
                                        "Long-term support"),
                                text(
                                        "Tuki kestää riittävän pitkään, vähintään parametrin minimumMonths verran "
                                                + "kuukausia; ei kertaluonteisia toimia.",
                                        "Stödet varar tillräckligt länge, minst det antal månader som parametern "
                                                + "minimumMonths anger; inga engångsinsatser.",
                                        "Support lasts long enough, at least the number of months given by the "
                                                + "parameter minimumMonths; no one-off interventions."),
                                confirmed("SOSKU quality criteria: long-term support (pitkäkestoinen tuki), Vates 2018",
                                        "https://www.vates.fi/vates/artikkelit/kuntouttava-tyotoiminta/soskussa-luotiin-laatukriteerit-sosiaalisen-kuntoutuksen-jarjestajille.html")),
                        criterion("METHOD_MIX", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.METHOD_MIX), Map.of("minimumForms", "2"),
                                text(
                                        "Monipuoliset työmuodot",
                                        "Varierade arbetsformer",
                                        "Mix of forms of work"),
                                text(
                                        "Tuessa yhdistyvät yksilö-, ryhmä- ja yhteisötyö, ja mukana on matalan "
                                                + "kynnyksen, jalkautuvaa tai etänä toteutettua työtä.",
                                        "Stödet kombinerar individuellt arbete, gruppverksamhet och "
                                                + "gemenskapsverksamhet och omfattar lågtröskelarbete, uppsökande arbete eller "
                                                + "distansarbete.",
                                        "Support combines individual, group and community work, and includes "
                                                + "low-threshold, outreach or remote work."),
                                confirmed("Social Welfare Act 1301/2014, section 17 (components: coaching, group activities and support for social relationships)",
                                        "https://kuntoutusportti.fi/sosiaalinen-kuntoutus/lainsaadanto-2/"),
                                confirmed("Innokylä: matalan kynnyksen sosiaalityö (anonymous, free, without referral)",
                                        "https://innokyla.fi/fi/toimintamalli/matalan-kynnyksen-sosiaalityo-matalan-kynnyksen-kohtaamispaikoissa")),
                        criterion("COOPERATION_AT_CLOSURE", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.COOPERATION_AT_CLOSURE), Map.of(),
                                text(
                                        "Yhteistyö muiden palvelujen kanssa päättyessä",
                                        "Samarbete med andra tjänster vid avslutandet",
                                        "Cooperation with other services at closure"),
                                text(
                                        "Kun sosiaalinen kuntoutus päättyy, asiakas ohjataan jatkopolulle toiseen "
                                                + "palveluun tai toimintaan, ellei tavoitteita ole saavutettu tai asiakas ole "
                                                + "muuttanut pois.",
                                        "När den sociala rehabiliteringen avslutas slussas klienten vidare till en "
                                                + "annan tjänst eller verksamhet, om inte målen har nåtts eller klienten har "
                                                + "flyttat bort.",
                                        "When social rehabilitation ends, the client is led on to another service or "
                                                + "activity, unless the goals were met or the client moved away."),
                                confirmed("Social Welfare Act 1301/2014, section 17 (coordination of rehabilitation services)",
                                        "https://kuntoutusportti.fi/sosiaalinen-kuntoutus/lainsaadanto-2/"),
                                confirmed("Coordination with medical, vocational and educational rehabilitation (Lumijoki)",
                                        "https://www.lumijoki.fi/sosiaali-ja-terveyspalvelut/perhepalvelut/sosiaalinen-kuntoutus/")),
                        criterion("OUTCOMES_MEASURED", SubjectKind.PATH, Assessment.automatic(BuiltInEvaluators.OUTCOMES_MEASURED), Map.of("minimumTimepoints", "2"),
                                text(
                                        "Vaikutukset mitataan",
                                        "Utfallen mäts",
                                        "Outcomes measured"),
                                text(
                                        "Asiakkaan tilanne mitataan samalla mittarilla vähintään kahtena "
                                                + "ajankohtana, jotta muutos voidaan osoittaa.",
                                        "Klientens situation mäts med samma instrument vid minst två tidpunkter, så "
                                                + "att en förändring kan visas.",
                                        "The client's situation is measured with the same instrument at two or more "
                                                + "timepoints, so that a change can be shown."),
                                confirmed("THL, AVAIN-mittari (filled in when the plan is made and when it is evaluated)",
                                        "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/avain-mittari"),
                                confirmed("THL, Sosiaalisen kuntoutuksen opas: kuntoutustarpeen selvittäminen (AVAIN, Kykyviisari and other tools)",
                                        "https://thl.fi/tutkimus-ja-kehittaminen/tutkimukset-ja-hankkeet/sosku/sosiaalisen-kuntoutuksen-opas/kuntoutustarpeen-selvittaminen")),
                        criterion("CLIENTS_ABOVE_TOKENISM", SubjectKind.PROCESS, Assessment.automatic(BuiltInEvaluators.CLIENTS_ABOVE_TOKENISM), Map.of(),
                                text(
                                        "Asiakkaat kehittäjinä, ei näennäisesti",
                                        "Klienter som utvecklare, inte symboliskt",
                                        "Clients develop the service beyond tokenism"),
                                text(
                                        "Asiakkaat osallistuvat palvelun kehittämiseen kumppaneina: asiakkaiden "
                                                + "puolen roolit ovat Arnsteinin osallisuuden tikapuilla näennäisosallisuuden "
                                                + "yläpuolella (kumppanuus tai korkeampi).",
                                        "Klienterna deltar som partner i utvecklingen av tjänsten: rollerna på "
                                                + "klientsidan står över symboliskt deltagande på Arnsteins delaktighetsstege "
                                                + "(partnerskap eller högre).",
                                        "Clients take part in developing the service as partners: the client-side "
                                                + "roles stand above the tokenism rungs of Arnstein's ladder of participation "
                                                + "(partnership or higher)."),
                                confirmed("SOSKU co-development: partnership, reciprocity and challenging hierarchical interaction",
                                        "https://yhteisomedia.fi/sosiaalinen-kuntoutus/sosiaalisen-kuntoutuksen-kehittaminen/"),
                                confirmed("Arnstein S. R. (1969), A ladder of citizen participation (rungs and groups)",
                                        "https://www.open.edu/openlearn/mod/oucontent/view.php?id=21024"),
                                confirmed("Act 611/2021 on wellbeing services counties: the right of service users to take part and influence",
                                        "https://innokyla.fi/fi/toimintamalli/asiakasraadin-toimintamalli")),
                        criterion("STAFF_COMPETENCE_DEVELOPMENT", SubjectKind.PROCESS, Assessment.automatic(BuiltInEvaluators.STAFF_COMPETENCE), Map.of(),
                                text(
                                        "Henkilöstön osaamisen kehittäminen",
                                        "Utveckling av personalens kompetens",
                                        "Staff competence development"),
                                text(
                                        "Toteuttajien osaamista kehitetään jatkuvasti: yhteiskehittämiseen "
                                                + "osallistuville ammattilaisille on kirjattu suoritettu koulutus.",
                                        "Genomförarnas kompetens utvecklas kontinuerligt: för yrkespersoner som "
                                                + "deltar i samutvecklingen finns en genomgången utbildning registrerad.",
                                        "The implementers' competence develops continuously: the professionals "
                                                + "taking part in co-development have a completed training recorded."),
                                confirmed("SOSKU quality criteria: continuous development of the implementers' competence (osaamisen jatkuva kehittäminen), Vates 2018",
                                        "https://www.vates.fi/vates/artikkelit/kuntouttava-tyotoiminta/soskussa-luotiin-laatukriteerit-sosiaalisen-kuntoutuksen-jarjestajille.html")))
                .build();
    }

    private static QualityCriterion criterion(String code, SubjectKind subject, Assessment assessment,
            Map<String, String> parameters, LocalizedText name, LocalizedText description, Citation... sources) {
        return QualityCriterion.builder().code(code).name(name).description(description).addSources(sources)
                .subjectKind(subject).assessment(assessment).putAllParameters(parameters).build();
    }

    private static LocalizedText text(String fi, String sv, String en) {
        return LocalizedText.of(fi, sv, en);
    }

    /** A source marked confirmed in the research note, with the address where it can be read. */
    private static Citation confirmed(String text, String url) {
        return Citation.of(text, url, Confidence.CONFIRMED);
    }
}
