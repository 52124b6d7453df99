package io.github.polku.spring.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.polku.calendar.DateRange;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.serialization.jackson.PolkuDocuments;
import io.github.polku.service.Attendance;
import io.github.polku.service.AttendanceStatus;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Service;
import io.github.polku.spring.QuietHibernateValidator;
import io.github.polku.testing.Samples;
import io.github.polku.validation.PolkuValidator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * GH-15: the example intake application, started on a random port and called through a real HTTP
 * client ({@link HttpClient}), with the Polku auto-configuration and nothing else.
 */
@SpringBootTest(classes = IntakeApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeApplicationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final PolkuDocuments DOCUMENTS = PolkuDocuments.strict();

    @LocalServerPort
    private int port;

    @Autowired
    private JsonMapper mapper;

    @Autowired
    private PolkuDocuments documents;

    @Autowired
    private PolkuValidator validator;

    @Autowired
    private Environment environment;

    private HttpResponse<String> post(String path, String json, String language) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static RehabilitationPath attendanceOutsideThePeriod() {
        Service service = Samples.hameenlinnaVoucherService("S-1", DeliveryMode.ON_SITE,
                DateRange.of(Samples.CONTACT, Samples.CONTACT.plusMonths(1)), Samples.CONTACT.plusDays(1));
        // attendance 1 is a month after the end of the service
        return Samples.path().withServices(service.withAttendances(
                Attendance.of(Samples.CONTACT.plusDays(1), AttendanceStatus.ATTENDED),
                Attendance.of(Samples.CONTACT.plusMonths(2), AttendanceStatus.ATTENDED)));
    }

    private JsonNode problem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode body = mapper.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("https://polku.github.io/problems/validation");
        assertThat(body.get("status").asInt()).isEqualTo(422);
        return body;
    }

    private static List<String> violations(JsonNode problem) {
        return problem.get("violations").valueStream()
                .map(v -> v.get("pointer").asString() + " " + v.get("code").asString()).toList();
    }

    @Test
    void acceptsAValidPath() throws Exception {
        HttpResponse<String> response = post("/intake/paths", DOCUMENTS.write(Samples.path()), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        assertThat(mapper.readTree(response.body()).get("received").asString()).isEqualTo(Samples.path().getId().getValue());
    }

    @Test
    void answersEveryStructuralProblemOfADocumentInFinnish() throws Exception {
        ObjectNode json = (ObjectNode) mapper.readTree(DOCUMENTS.write(Samples.path()));
        json.remove("firstContact");
        json.put("unknownThing", 1);
        HttpResponse<String> response = post("/intake/paths", json.toString(), "fi-FI, en;q=0.5");
        JsonNode problem = problem(response);
        assertThat(response.headers().firstValue("Content-Language")).contains("fi");
        assertThat(violations(problem)).contains("/firstContact polku.json.required", "/unknownThing polku.json.unknownProperty");
        assertThat(problem.get("title").asString()).isEqualTo("Tieto ei ole kelvollinen");
        JsonNode first = problem.get("violations").get(0);
        assertThat(first.get("detail").asString()).isNotBlank().doesNotContain("{");
    }

    @Test
    void answersARuleViolationAtItsPointerInSwedish() throws Exception {
        HttpResponse<String> response = post("/intake/paths", DOCUMENTS.write(attendanceOutsideThePeriod()), "sv");
        JsonNode problem = problem(response);
        assertThat(violations(problem)).containsExactly("/services/0/attendances/1/date polku.service.attendance.outsidePeriod");
        assertThat(problem.get("violations").get(0).get("detail").asString())
                .isEqualTo(attendanceOutsideThePeriod().getServices().get(0).getAttendances().isEmpty() ? ""
                        : validator.validate(attendanceOutsideThePeriod()).getViolations().get(0)
                                .getMessage(java.util.Locale.forLanguageTag("sv")));
        assertThat(response.headers().firstValue("Content-Language")).contains("sv");
    }

    @Test
    void answersAFailedValidWithTheSameViolationsAsPolkuValidator() throws Exception {
        HttpResponse<String> response = post("/intake/paths/strict", DOCUMENTS.write(attendanceOutsideThePeriod()), "en");
        JsonNode problem = problem(response);
        assertThat(violations(problem)).containsExactly("/services/0/attendances/1/date polku.service.attendance.outsidePeriod");
        assertThat(problem.get("violations").get(0).get("detail").asString())
                .isEqualTo("The attendance date is outside the period of the service");
        assertThat(post("/intake/paths/strict", DOCUMENTS.write(Samples.path()), "en").statusCode()).isEqualTo(202);
    }

    @Test
    void answersInEnglishWhenNoOtherLanguageOfPolkuIsAsked() throws Exception {
        HttpResponse<String> response = post("/intake/paths", DOCUMENTS.write(attendanceOutsideThePeriod()), "de-DE");
        assertThat(problem(response).get("title").asString()).isEqualTo("The document is not valid");
        assertThat(response.headers().firstValue("Content-Language")).contains("en");
    }

    @Test
    void leavesOtherProblemsToSpring() throws Exception {
        HttpResponse<String> response = post("/intake/paths", "{ not json", "fi");
        // not a Polku document at all: the parser fails before Polku reads anything
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("polku.github.io/problems");
    }

    @Test
    void registersThePolkuModuleAndSharesTheFacades() {
        assertThat(mapper.writeValueAsString(Samples.path())).isEqualTo(DOCUMENTS.write(Samples.path()));
        assertThat(mapper.readValue(DOCUMENTS.write(Samples.path()), RehabilitationPath.class)).isEqualTo(Samples.path());
        assertThat(validator).isSameAs(PolkuValidator.shared());
        assertThat(documents.getOptions()).isEqualTo(PolkuDocuments.strict().getOptions());
    }

    @Test
    void keepsHibernateValidatorsStartUpLineOutOfTheLog() {
        assertThat(environment.getProperty(QuietHibernateValidator.PROPERTY)).isEqualTo("WARN");
        assertThat(org.slf4j.LoggerFactory.getLogger("org.hibernate.validator.internal.util.Version").isInfoEnabled())
                .isFalse();
        assertThat(Map.of()).isEmpty();
    }
}
