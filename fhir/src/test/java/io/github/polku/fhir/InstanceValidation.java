package io.github.polku.fhir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fhir.ucum.UcumEssenceService;
import org.fhir.ucum.UcumException;
import org.hl7.fhir.convertors.factory.VersionConvertorFactory_40_50;
import org.hl7.fhir.convertors.loaders.loaderR5.NullLoaderKnowledgeProviderR5;
import org.hl7.fhir.convertors.loaders.loaderR5.R4ToR5Loader;
import org.hl7.fhir.r4.formats.JsonParser;
import org.hl7.fhir.r5.context.SimpleWorkerContext;
import org.hl7.fhir.r5.elementmodel.Manager.FhirFormat;
import org.hl7.fhir.r5.model.Bundle;
import org.hl7.fhir.r5.model.CanonicalResource;
import org.hl7.fhir.r5.model.PackageInformation;
import org.hl7.fhir.r5.model.Parameters;
import org.hl7.fhir.r5.utils.validation.ValidatorSession;
import org.hl7.fhir.utilities.ByteProvider;
import org.hl7.fhir.utilities.json.model.JsonObject;
import org.hl7.fhir.utilities.validation.ValidationMessage;
import org.hl7.fhir.validation.ValidatorSettings;
import org.hl7.fhir.validation.instance.InstanceValidator;

/**
 * HL7's core FHIR validator ({@code org.hl7.fhir.validation}'s {@code InstanceValidator}, the engine that
 * HAPI's {@code FhirInstanceValidator} wraps) against base R4, offline.
 *
 * <p>The validator works on R5 definitions. The R4 ones (StructureDefinitions of the types and
 * resources, the ValueSets and CodeSystems of the FHIR specification and HL7 v3's) are read from
 * {@code hapi-fhir-validation-resources-r4} on the class path and converted R4 → R5 by
 * {@code org.hl7.fhir.convertors}' {@code R4ToR5Loader}, as the validator's own
 * {@code ValidationEngine} does for an R4 package; the context reports FHIR version 4.0.1, so the
 * instances are read and checked as R4. UCUM units are checked with {@code org.fhir:ucum}. A bundle's
 * Questionnaires are made known while it is validated, so its QuestionnaireResponses are checked
 * against them. Nothing is fetched from the network: no terminology server (codes are checked against
 * the ValueSets and CodeSystems loaded here only), no package server, and
 * profiles that are not loaded (the FI Base profiles in {@code meta.profile}) are reported by the
 * validator as warnings ("could not be found"), not errors.
 *
 * <p>The context is built once per test JVM (about 15–25 s of CPU time: parsing and converting 30 MB
 * of XML definitions); each bundle then takes well under a second.
 */
final class InstanceValidation {

    private static final String R4 = "4.0.1";
    private static final String[] DEFINITIONS = {
        "org/hl7/fhir/r4/model/profile/profiles-types.xml",
        "org/hl7/fhir/r4/model/profile/profiles-resources.xml",
        "org/hl7/fhir/r4/model/valueset/valuesets.xml",
        // HL7 v3 code systems and value sets (v3-ActCode and v3-ActEncounterCode for Encounter.class)
        "org/hl7/fhir/r4/model/valueset/v3-codesystems.xml",
    };

    /**
     * The kinds ({@code LEVEL messageId}) of warnings and information that docs/FHIR.md lists, with why
     * each remains. Any other kind on a mapped bundle is reported as an error by {@link #errors}, so the
     * list in the documentation cannot fall behind.
     */
    static final Set<String> DOCUMENTED_KINDS = Set.of(
            "WARNING Validation_VAL_Profile_Unknown", // the FI Base profiles are not packaged
            "WARNING http://hl7.org/fhir/StructureDefinition/DomainResource#dom-6", // no narrative text
            "WARNING UNKNOWN_CODESYSTEM", // Polku's own code systems, and BCP 47 (no tx server)
            "WARNING Terminology_TX_ValueSet_NotFound", // v2-0360 (Practitioner.qualification, example)
            // Timing.repeat.durationUnit/periodUnit: units-of-time lists UCUM codes, and UCUM has no
            // CodeSystem resource for the offline value set check (the UCUM service checks Quantity units)
            "WARNING \"A definition for CodeSystem '' could not be found, so the code cannot be validated\"",
            "INFORMATION MSG_DRAFT", // v3-ActCode (Encounter.class) is a draft code system in R4
            "INFORMATION UNKNOWN_CODESYSTEM",
            "INFORMATION Extension_EXT_Unknown", // Polku's own extensions
            "INFORMATION Terminology_TX_Binding_NoSource", // ClinicalImpression.code: a binding without a value set
            "INFORMATION Terminology_TX_NoValid_3_CC", // Goal.achievementStatus carries Polku's code beside HL7's
            "INFORMATION Details_for__matching_against_Profile_"); // how a reference target was matched

    private static final SimpleWorkerContext CONTEXT = context();
    private static final InstanceValidator VALIDATOR = validator(CONTEXT);


    private InstanceValidation() {
    }

    /** Every message of the validator on a JSON resource, errors, warnings and information alike. */
    static synchronized List<ValidationMessage> validate(String json) {
        List<ValidationMessage> messages = new ArrayList<>();
        // The validator resolves QuestionnaireResponse.questionnaire through its context, not through the
        // bundle: the bundle's own Questionnaires are lent to the context while it is validated.
        // Only they are parsed as R4 resources: the rest may hold what a test broke on purpose.
        List<org.hl7.fhir.r5.model.Resource> lent = new ArrayList<>();
        try {
            for (JsonObject entry : org.hl7.fhir.utilities.json.parser.JsonParser.parseObject(json).getJsonObjects("entry")) {
                JsonObject resource = entry.getJsonObject("resource");
                if (resource != null && "Questionnaire".equals(resource.asString("resourceType"))) {
                    String text = org.hl7.fhir.utilities.json.parser.JsonParser.compose(resource);
                    lent.add(VersionConvertorFactory_40_50.convertResource(new JsonParser().parse(text)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            for (org.hl7.fhir.r5.model.Resource resource : lent) {
                CONTEXT.cacheResource(resource);
            }
            VALIDATOR.validate(null, messages, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FhirFormat.JSON);
        } finally {
            for (org.hl7.fhir.r5.model.Resource resource : lent) {
                CONTEXT.dropResource(resource);
            }
        }
        return messages;
    }

    /**
     * The errors (and fatal errors) of a JSON resource, one line each: level, place, message id, text;
     * and a line for every warning or information of a kind that docs/FHIR.md does not list.
     */
    static List<String> errors(String json) {
        List<String> errors = new ArrayList<>();
        for (ValidationMessage message : validate(json)) {
            if (isError(message)) {
                errors.add("instance: " + message.getLevel() + " " + message.getLocation() + " [" + message.getMessageId() + "] "
                        + message.getMessage());
            } else if (!DOCUMENTED_KINDS.contains(kind(message))) {
                errors.add("instance: undocumented " + kind(message) + " " + message.getLocation() + " " + message.getMessage());
            }
        }
        return errors;
    }

    static boolean isError(ValidationMessage message) {
        return message.getLevel() == ValidationMessage.IssueSeverity.ERROR
                || message.getLevel() == ValidationMessage.IssueSeverity.FATAL;
    }

    /**
     * {@code WARNING Validation_VAL_Profile_Unknown}: the level and the validator's message id; for a
     * message without an id (the value set checker's), its text with the quoted parts blanked.
     */
    static String kind(ValidationMessage message) {
        return message.getLevel() + " " + (message.getMessageId() != null ? message.getMessageId()
                : "\"" + message.getMessage().replaceAll("'[^']*'", "''") + "\"");
    }

    private static SimpleWorkerContext context() {
        try {
            Map<String, ByteProvider> files = new LinkedHashMap<>();
            for (String name : DEFINITIONS) {
                try (InputStream in = InstanceValidation.class.getClassLoader().getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IllegalStateException("not on the class path: " + name);
                    }
                    files.put(name.substring(name.lastIndexOf('/') + 1), ByteProvider.forBytes(in.readAllBytes()));
                }
            }
            // What a FHIR package's version.info says; the context takes its FHIR version from here.
            files.put("version.info", ByteProvider.forBytes(("[FHIR]\nversion=" + R4 + "\n").getBytes(StandardCharsets.UTF_8)));
            SimpleWorkerContext context = new SimpleWorkerContext.SimpleWorkerContextBuilder().withAllowLoadingDuplicates(true)
                    .fromDefinitions(files, new SpdxSkippingLoader(), new PackageInformation("hl7.fhir.r4.core", R4, new Date()));
            context.setCanRunWithoutTerminology(true);
            context.setNoTerminologyServer(true);
            // The validator reads expansion parameters on every coded value; a terminology server would set them.
            context.setExpansionParameters(new Parameters());
            // UCUM, for the units of Quantity values, from the copy of the essence in org.fhir:ucum.
            try (InputStream ucum = InstanceValidation.class.getClassLoader().getResourceAsStream("ucum-essence.xml")) {
                context.setUcumService(new UcumEssenceService(ucum));
            }
            return context;
        } catch (IOException | UcumException e) {
            throw new IllegalStateException("cannot build the R4 validation context", e);
        }
    }

    private static InstanceValidator validator(SimpleWorkerContext context) {
        InstanceValidator validator = new InstanceValidator(context, null, null, new ValidatorSession(), new ValidatorSettings());
        // Polku's own extensions (https://polku.github.io/fhir/StructureDefinition/...) are defined in
        // docs/FHIR.md, not in a package the validator has; their structure is still checked as Extension.
        validator.setAnyExtensionsAllowed(true);
        return validator;
    }

    /**
     * R4 → R5 for the StructureDefinitions, ValueSets and CodeSystems; skips R4's copy of the SPDX
     * licence code system, which the context already carries (a newer one) and would refuse as a duplicate.
     */
    private static final class SpdxSkippingLoader extends R4ToR5Loader {

        SpdxSkippingLoader() {
            super(Set.of("StructureDefinition", "ValueSet", "CodeSystem"), new NullLoaderKnowledgeProviderR5(), R4);
        }

        @Override
        public Bundle loadBundle(InputStream stream, boolean isJson) throws IOException {
            Bundle bundle = super.loadBundle(stream, isJson);
            bundle.getEntry().removeIf(entry -> entry.getResource() instanceof CanonicalResource resource
                    && "http://hl7.org/fhir/spdx-license".equals(resource.getUrl()));
            return bundle;
        }
    }
}
