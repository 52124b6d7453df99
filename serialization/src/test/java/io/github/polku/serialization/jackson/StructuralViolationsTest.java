package io.github.polku.serialization.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import io.github.polku.calendar.DateRange;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.service.DeliveryMode;
import io.github.polku.service.Funding;
import io.github.polku.service.FundingType;
import io.github.polku.service.Provider;
import io.github.polku.service.ProviderType;
import io.github.polku.service.RehabilitativeWorkActivity;
import io.github.polku.service.Service;
import io.github.polku.service.ServiceForm;
import io.github.polku.service.ServiceId;
import io.github.polku.service.ServiceKind;
import io.github.polku.service.ServiceMethod;
import io.github.polku.testing.Samples;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.Severity;
import io.github.polku.validation.ValidationReport;
import io.github.polku.validation.Violation;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** Every structural code, with its severity and pointer, and reading that reports every problem. */
class StructuralViolationsTest {

    private static final PolkuDocuments STRICT = PolkuDocuments.strict();

    static ObjectNode golden(DocumentType type) {
        return (ObjectNode) Goldens.PRETTY.readTree(Goldens.read(Goldens.file(type)));
    }

    static ObjectNode path(Consumer<ObjectNode> change) {
        ObjectNode node = golden(DocumentType.REHABILITATION_PATH);
        change.accept(node);
        return node;
    }

    static byte[] bytes(Object node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Tuple> violations(ValidationReport report) {
        return report.getViolations().stream().map(v -> tuple(v.getCode(), v.getSeverity(), v.getPath())).toList();
    }

    static List<Tuple> validate(PolkuDocuments documents, byte[] json) {
        return violations(documents.validate(json));
    }

    @Nested
    class EveryProblemAtOnce {

        @Test
        void reportsFiveIndependentMistakesAsFiveViolations() {
            byte[] json = Goldens.read(Path5.FILE).getBytes(StandardCharsets.UTF_8);
            DocumentResult result = STRICT.readAndValidate(json);
            assertThat(violations(result.getReport())).containsExactlyInAnyOrder(
                    tuple("polku.json.type", Severity.ERROR, "/id"),
                    tuple("polku.json.code.unknown", Severity.ERROR, "/firstContact/channel"),
                    tuple("polku.json.unknownProperty", Severity.ERROR, "/services/0/colour"),
                    tuple("polku.json.required", Severity.ERROR, "/measurements/1/respondent"),
                    tuple("polku.json.date", Severity.ERROR, "/closure/date"));
            assertThat(result.getValue()).isEmpty();
            assertThat(result.getType()).contains(DocumentType.REHABILITATION_PATH);
        }

        @Test
        void reportsRuleViolationsAtTheSamePointerAsTheModel() {
            RehabilitativeWorkActivity activity = RehabilitativeWorkActivity.builder().daysPerWeek(6)
                    .hoursPerDay(new BigDecimal("6")).addPeriod(DateRange.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 27)))
                    .build();
            Service service = Service.builder().id(ServiceId.of("S-RWA")).kind(ServiceKind.REHABILITATIVE_WORK_ACTIVITY)
                    .addMethod(ServiceMethod.WORK_ACTIVITY).form(ServiceForm.GROUP).deliveryMode(DeliveryMode.ON_SITE)
                    .provider(Provider.of(ProviderType.NGO)).funding(Funding.of(FundingType.PURCHASED_SERVICE))
                    .period(DateRange.of(LocalDate.of(2020, 6, 1), LocalDate.of(2020, 11, 27))).workActivity(activity).build();
            RehabilitationPath path = Samples.hameenlinna2020Path().withServices(service);
            ValidationReport fromModel;
            PolkuValidator validator = PolkuValidator.shared();
            fromModel = validator.validate(path);
            ValidationReport fromDocument = STRICT.validate(STRICT.write(path).getBytes(StandardCharsets.UTF_8));
            assertThat(violations(fromDocument)).contains(tuple("polku.service.workActivity.daysPerWeek.range", Severity.ERROR,
                    "/services/0/workActivity/daysPerWeek"));
            assertThat(fromDocument).isEqualTo(fromModel);
        }
    }

    /** The shipped example with five mistakes. */
    static final class Path5 {
        static final java.nio.file.Path FILE = java.nio.file.Path.of("src/test/resources/invalid/v1/path-five-mistakes.json");
    }

    @Nested
    class Codes {

        @Test
        void reportsMalformedJsonWithLineAndColumn() {
            ValidationReport report = STRICT.validate("{\n  \"documentType\" : \"CLIENT\",\n  x\n}".getBytes(StandardCharsets.UTF_8));
            // x is the third character of line 3; the pointer names the value the parser was in (GH-10: never the
            // last property name, which a lost quote may have made out of personal data).
            assertThat(violations(report)).containsExactly(tuple("polku.json.malformed", Severity.ERROR, ""));
            assertThat(report.getViolations().get(0).getArguments()).containsEntry("line", "3").containsEntry("column", "3");
        }

        @Test
        void reportsInvalidUtf8AsMalformed() {
            byte[] json = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            assertThat(validate(STRICT, json)).extracting(t -> t.toList().get(0)).containsExactly("polku.json.malformed");
        }

        @Test
        void reportsEmptyInputAsMalformed() {
            assertThat(validate(STRICT, new byte[0])).containsExactly(tuple("polku.json.malformed", Severity.ERROR, ""));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                /id,                   5,                    polku.json.type,         /id
                /firstContact/date,    '"2020-02-30"',       polku.json.date,         /firstContact/date
                /firstContact/date,    '"8.1.2020"',         polku.json.date,         /firstContact/date
                /firstContact/channel, '"TELEPATHY"',        polku.json.code.unknown, /firstContact/channel
                /firstContact/urgent,  '"yes"',              polku.json.type,         /firstContact/urgent
                /firstContact,         '[]',                 polku.json.type,         /firstContact
                /pauses,               '{}',                 polku.json.type,         /pauses
                /stageChanges/1/stage, null,                 polku.json.type,         /stageChanges/1/stage
                /organiser/code,       '"X"',                polku.organiser.unknown, /organiser/code
                /services/0/attendances/0/hours, '"2"',      polku.json.type,         /services/0/attendances/0/hours
                /measurements/0/scores/WORK_ABILITY, '"x"',  polku.json.type,         /measurements/0/scores/WORK_ABILITY
                """)
        void reportsABadValueAtItsPointer(String at, String value, String code, String pointer) {
            ObjectNode doc = path(node -> set(node, at, value));
            assertThat(validate(STRICT, bytes(doc))).contains(tuple(code, Severity.ERROR, pointer));
        }

        @Test
        void reportsAMissingRequiredProperty() {
            ObjectNode doc = path(node -> ((ObjectNode) node.get("firstContact")).remove("date"));
            assertThat(validate(STRICT, bytes(doc))).containsExactly(tuple("polku.json.required", Severity.ERROR, "/firstContact/date"));
        }

        @Test
        void reportsMissingEnvelopeProperties() {
            ObjectNode doc = path(node -> node.remove("formatVersion"));
            assertThat(validate(STRICT, bytes(doc))).containsExactly(tuple("polku.json.required", Severity.ERROR, "/formatVersion"));
            ObjectNode untyped = path(node -> node.remove("documentType"));
            assertThat(validate(STRICT, bytes(untyped))).containsExactly(tuple("polku.json.required", Severity.ERROR, "/documentType"));
        }

        @Test
        void reportsANumberOutOfRange() {
            ObjectNode doc = golden(DocumentType.ANONYMOUS_CONTACTS);
            ((ObjectNode) doc.get("contacts").get(0)).put("peopleCount", 3_000_000_000L);
            assertThat(validate(STRICT, bytes(doc))).containsExactly(tuple("polku.json.number", Severity.ERROR, "/contacts/0/peopleCount"));
        }

        @Test
        void reportsADuplicateProperty() {
            String json = "{\"documentType\":\"CLIENT_IDENTITY\",\"formatVersion\":\"1.0\",\"clientId\":\"C-TEST-0001\","
                    + "\"identityCode\":\"" + Goldens.FICTIONAL_CODE + "\",\"clientId\":\"C-TEST-0002\"}";
            assertThat(validate(STRICT, json.getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(tuple("polku.json.duplicateProperty", Severity.ERROR, "/clientId"));
        }

        @Test
        void reportsAValueTheModelRejectsWithoutACode() {
            // GH-14: an assessment by a person that names an evaluator (a theme missing labels is now polku.json.required)
            ObjectNode doc = golden(DocumentType.QUALITY_FRAMEWORK);
            ((ObjectNode) doc.at("/criteria/0/assessment")).put("kind", "BY_PERSON");
            assertThat(validate(STRICT, bytes(doc)))
                    .contains(tuple("polku.json.invalid", Severity.ERROR, "/criteria/0/assessment/evaluatorId"));
        }

        @Test
        void reportsABadIdentityCodeWithTheCodesOfPersonalIdentityCode() {
            ObjectNode doc = golden(DocumentType.CLIENT_IDENTITY);
            doc.put("identityCode", "010190-900A");
            List<Tuple> found = validate(STRICT, bytes(doc));
            assertThat(found).containsExactly(tuple("polku.identityCode.checksum", Severity.ERROR, "/identityCode"));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                '"PATH"',     polku.json.documentType.unknown
                7,            polku.json.type
                """)
        void reportsAnUnknownDocumentType(String value, String code) {
            ObjectNode doc = path(node -> set(node, "/documentType", value));
            assertThat(validate(STRICT, bytes(doc))).containsExactly(tuple(code, Severity.ERROR, "/documentType"));
        }

        @Test
        void reportsAnotherDocumentTypeThanAskedFor() {
            String client = Goldens.read(Goldens.file(DocumentType.CLIENT));
            assertThatExceptionOfType(DocumentReadException.class).isThrownBy(() -> STRICT.read(client, RehabilitationPath.class))
                    .satisfies(e -> assertThat(violations(e.getReport()))
                            .contains(tuple("polku.json.documentType.unexpected", Severity.ERROR, "/documentType")));
        }

        @ParameterizedTest
        @CsvSource(textBlock = """
                1.1,   polku.json.formatVersion.newer
                2.0,   polku.json.formatVersion.newer
                0.9,   polku.json.formatVersion.unsupported
                one,   polku.json.formatVersion.unsupported
                """)
        void reportsAFormatVersionItDoesNotKnow(String version, String code) {
            ObjectNode doc = path(node -> node.put("formatVersion", version));
            ValidationReport report = STRICT.validate(bytes(doc));
            assertThat(violations(report)).containsExactly(tuple(code, Severity.ERROR, "/formatVersion"));
            assertThat(report.getViolations().get(0).getArguments()).containsEntry("supported", "1.0");
        }

        @Test
        void namesBothVersionsWhenTheDocumentIsNewer() {
            ObjectNode doc = path(node -> node.put("formatVersion", "1.1"));
            Violation v = STRICT.validate(bytes(doc)).getViolations().get(0);
            assertThat(v.getMessage(Locale.ENGLISH)).isEqualTo("The format version 1.1 is newer than the supported version 1.0");
        }

        @Test
        void reportsTrailingContent() {
            byte[] json = (Goldens.read(Goldens.file(DocumentType.CLIENT)) + " {}").getBytes(StandardCharsets.UTF_8);
            assertThat(validate(STRICT, json)).containsExactly(tuple("polku.json.trailingContent", Severity.ERROR, ""));
        }

        @Test
        void reportsAnArrayWhereADocumentBelongs() {
            assertThat(validate(STRICT, "[]".getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(tuple("polku.json.type", Severity.ERROR, ""));
        }

        @Test
        void findsTheTypeWhenDocumentTypeIsNotFirst() {
            ObjectNode doc = golden(DocumentType.CLIENT);
            String type = doc.remove("documentType").asString();
            doc.put("documentType", type);
            DocumentResult result = STRICT.readAndValidate(bytes(doc));
            assertThat(result.getValue()).contains(Samples.client());
        }
    }

    @Nested
    class UnknownProperties {

        @Test
        void rejectsThemInStrictMode() {
            ObjectNode doc = path(node -> node.put("colour", "blue"));
            DocumentResult result = STRICT.readAndValidate(bytes(doc));
            assertThat(violations(result.getReport())).containsExactly(tuple("polku.json.unknownProperty", Severity.ERROR, "/colour"));
            assertThat(result.isValid()).isFalse();
        }

        @Test
        void warnsAndIgnoresThemInLenientMode() {
            ObjectNode doc = path(node -> ((ObjectNode) node.get("firstContact")).putObject("future").put("x", 1));
            DocumentResult result = PolkuDocuments.lenient().readAndValidate(bytes(doc));
            assertThat(violations(result.getReport()))
                    .containsExactly(tuple("polku.json.unknownProperty", Severity.WARNING, "/firstContact/future"));
            assertThat(result.getValue()).contains(Samples.hameenlinna2020Path());
            assertThat(result.isValid()).isTrue();
        }

        @Test
        void escapesPointerSegments() {
            ObjectNode doc = path(node -> node.put("a/b~c", 1));
            assertThat(validate(STRICT, bytes(doc))).containsExactly(tuple("polku.json.unknownProperty", Severity.ERROR, "/a~1b~0c"));
        }
    }

    @Nested
    class Limits {

        private PolkuDocuments with(ReadLimits limits) {
            return PolkuDocuments.create(ReadOptions.strict().withLimits(limits));
        }

        @Test
        void reportsNestingDeeperThanTheLimit() {
            // The document is depth 1, a is 2, ... g is 8: one more than the limit.
            ObjectNode doc = path(node -> node.putObject("a").putObject("b").putObject("c").putObject("d").putObject("e")
                    .putObject("f").putObject("g"));
            assertThat(validate(with(ReadLimits.defaults().withMaxDepth(7)), bytes(doc)))
                    .containsExactlyInAnyOrder(tuple("polku.json.unknownProperty", Severity.ERROR, "/a"),
                            tuple("polku.json.limit.depth", Severity.ERROR, "/a/b/c/d/e/f/g"));
        }

        @Test
        void reportsAStringLongerThanTheLimit() {
            ObjectNode doc = path(node -> ((ObjectNode) node.get("plan")).put("clientView", "x".repeat(70_000)));
            List<Tuple> found = validate(STRICT, bytes(doc));
            assertThat(found).containsExactly(tuple("polku.json.limit.stringLength", Severity.ERROR, "/plan/clientView"));
            assertThat(STRICT.validate(bytes(doc)).getViolations().get(0).getArguments()).containsEntry("max", "65536");
        }

        @Test
        void reportsANumberLongerThanTheLimit() {
            String digits = "1" + "0".repeat(120);
            String json = Goldens.read(Goldens.file(DocumentType.REHABILITATION_PATH)).replace("\"WORK_ABILITY\" : 4", "\"WORK_ABILITY\" : " + digits);
            assertThat(validate(STRICT, json.getBytes(StandardCharsets.UTF_8)))
                    .containsExactly(tuple("polku.json.limit.numberLength", Severity.ERROR, "/measurements/0/scores/WORK_ABILITY"));
        }

        @Test
        void reportsADocumentLargerThanTheLimit() {
            byte[] json = Goldens.read(Goldens.file(DocumentType.CLIENT)).getBytes(StandardCharsets.UTF_8);
            assertThat(validate(with(ReadLimits.defaults().withMaxDocumentSize(100)), json))
                    .containsExactly(tuple("polku.json.limit.documentSize", Severity.ERROR, ""));
            assertThat(validate(with(ReadLimits.defaults().withMaxDocumentSize(json.length)), json)).isEmpty();
        }

        @Test
        void hasTheDocumentedDefaults() {
            ReadLimits limits = ReadLimits.defaults();
            assertThat(List.of(limits.getMaxDepth(), limits.getMaxStringLength(), limits.getMaxNumberLength()))
                    .containsExactly(64, 65_536, 100);
            assertThat(limits.getMaxDocumentSize()).isEqualTo(16L * 1024 * 1024);
        }

        @Test
        void rejectsNonPositiveLimits() {
            assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> ReadLimits.defaults().withMaxDepth(0));
        }
    }

    @Nested
    class PersonalData {

        @Test
        void neverEchoesInputValuesInViolations() {
            ObjectNode doc = golden(DocumentType.CLIENT_IDENTITY);
            doc.put("identityCode", "010190-900A");
            doc.put("name", 42);
            ValidationReport report = STRICT.validate(bytes(doc));
            assertThat(report.getViolations()).hasSize(2);
            for (Violation v : report.getViolations()) {
                assertThat(v.toString() + v.getArguments() + v.getMessage(Locale.ENGLISH)).doesNotContain("010190").doesNotContain("42");
            }
        }

        @Test
        void keepsTheReportOutOfTheExceptionMessage() {
            ObjectNode doc = golden(DocumentType.CLIENT_IDENTITY);
            doc.put("identityCode", "010190-900A");
            assertThatExceptionOfType(DocumentReadException.class)
                    .isThrownBy(() -> STRICT.read(doc.toString(), io.github.polku.client.ClientIdentity.class))
                    .withMessageNotContaining("010190").withMessageContaining("polku.identityCode.checksum");
        }
    }

    /** Sets the value (JSON text, or null for JSON null) at a pointer. */
    static void set(ObjectNode root, String pointer, String json) {
        int slash = pointer.lastIndexOf('/');
        String parent = pointer.substring(0, slash);
        String name = pointer.substring(slash + 1);
        tools.jackson.databind.JsonNode container = parent.isEmpty() ? root : root.at(parent);
        tools.jackson.databind.JsonNode value = json == null ? Goldens.PRETTY.nullNode() : Goldens.PRETTY.readTree(json);
        if (container.isArray()) {
            ((tools.jackson.databind.node.ArrayNode) container).set(Integer.parseInt(name), value);
        } else {
            ((ObjectNode) container).set(name, value);
        }
    }
}
