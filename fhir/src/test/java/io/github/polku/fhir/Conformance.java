package io.github.polku.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.r4.fhirpath.FHIRPathEngine;
import org.hl7.fhir.r4.hapi.ctx.HapiWorkerContext;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;

/**
 * Base-R4 conformance of a bundle. HAPI's {@code FhirInstanceValidator} (module
 * {@code hapi-fhir-validation}) is not served from the registry this build can reach; the engine it
 * wraps, HL7's core {@code InstanceValidator}, is, and runs first ({@link InstanceValidation}). Three
 * independent checks follow, each from HL7's own definitions shipped in
 * {@code hapi-fhir-validation-resources-r4}:
 * <ol>
 *   <li>a strict re-parse of the JSON (unknown elements, bad primitive values, wrong cardinality);</li>
 *   <li>HAPI's {@code FhirValidator} against the R4 XML Schemas (structure, order, cardinality,
 *       primitive formats);</li>
 *   <li>every error-level invariant (FHIRPath constraint) of every element's StructureDefinition,
 *       evaluated with the R4 FHIRPath engine on every node of every resource: ele-1, ext-1, per-1,
 *       gol-1, ctm-1, tim-*, que-*, qrs-*, bdl-* and the rest.</li>
 * </ol>
 * Profile conformance (FI Base) is not checked: the Finnish profiles are not packaged on Maven
 * Central. The definitions are loaded once per test JVM: the first bundle takes a few seconds (the
 * instance validator's R4 context much longer, see {@link InstanceValidation}).
 */
final class Conformance {

    static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator SCHEMA;
    private static final FHIRPathEngine PATHS;
    private static final DefaultProfileValidationSupport DEFINITIONS;
    private static final Map<String, List<ElementDefinition.ElementDefinitionConstraintComponent>> CONSTRAINTS = new HashMap<>();

    static {
        SCHEMA = CONTEXT.newValidator();
        SCHEMA.setValidateAgainstStandardSchema(true);
        SCHEMA.setValidateAgainstStandardSchematron(false);
        DEFINITIONS = new DefaultProfileValidationSupport(CONTEXT);
        PATHS = new FHIRPathEngine(new HapiWorkerContext(CONTEXT, DEFINITIONS));
    }

    /** The keys of the invariants evaluated so far, so a test can show the check is not empty. */
    static final Set<String> EVALUATED = new TreeSet<>();

    private Conformance() {
    }

    /**
     * The errors of a bundle, each a line naming the check ({@code instance:}, {@code parse:}, {@code schema:},
     * {@code invariant}) and the place; empty if it conforms.
     */
    static synchronized List<String> errors(Bundle bundle) {
        List<String> errors = new ArrayList<>();
        String json = CONTEXT.newJsonParser().encodeResourceToString(bundle);
        errors.addAll(InstanceValidation.errors(json));
        try {
            CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler()).parseResource(Bundle.class, json);
        } catch (DataFormatException e) {
            errors.add("parse: " + e.getMessage());
        }
        ValidationResult result = SCHEMA.validateWithResult(bundle);
        for (SingleValidationMessage message : result.getMessages()) {
            if (message.getSeverity() == ResultSeverityEnum.ERROR || message.getSeverity() == ResultSeverityEnum.FATAL) {
                errors.add("schema: " + message.getLocationString() + " " + message.getMessage());
            }
        }
        // The invariants are checked on what goes on the wire: the bundle parsed back from its JSON.
        Bundle wire = CONTEXT.newJsonParser().parseResource(Bundle.class, json);
        invariants(wire, wire, errors);
        for (Bundle.BundleEntryComponent entry : wire.getEntry()) {
            invariants(entry.getResource(), entry.getResource(), errors);
        }
        return errors;
    }

    private static void invariants(Resource root, Resource resource, List<String> errors) {
        List<Base> nodes = new ArrayList<>();
        nodes.add(resource);
        nodes.addAll(PATHS.evaluate(resource, "descendants()"));
        for (Base node : nodes) {
            if (node instanceof Resource && node != resource || node.isEmpty()) {
                continue; // an entry resource is checked on its own; an empty element is not serialised
            }
            for (ElementDefinition.ElementDefinitionConstraintComponent constraint : constraints(node.fhirType())) {
                boolean ok;
                try {
                    ok = PATHS.evaluateToBoolean(root, resource, node, constraint.getExpression());
                } catch (RuntimeException e) {
                    continue; // a function this engine lacks: not counted as evaluated
                }
                EVALUATED.add(constraint.getKey());
                if (!ok) {
                    errors.add("invariant " + constraint.getKey() + " on " + resource.fhirType() + " " + node.fhirType()
                            + ": " + constraint.getHuman());
                }
            }
        }
    }

    /** The error-level constraints of a type ("Period") or a backbone element ("Goal.target"). */
    private static List<ElementDefinition.ElementDefinitionConstraintComponent> constraints(String type) {
        return CONSTRAINTS.computeIfAbsent(type, t -> {
            String base = t.contains(".") ? t.substring(0, t.indexOf('.')) : t;
            StructureDefinition definition = (StructureDefinition) DEFINITIONS.fetchStructureDefinition(
                    "http://hl7.org/fhir/StructureDefinition/" + base);
            List<ElementDefinition.ElementDefinitionConstraintComponent> found = new ArrayList<>();
            if (definition == null) {
                return found;
            }
            for (ElementDefinition element : definition.getSnapshot().getElement()) {
                if (!element.getPath().equals(t)) {
                    continue;
                }
                for (ElementDefinition.ElementDefinitionConstraintComponent constraint : element.getConstraint()) {
                    if (constraint.getSeverity() == ElementDefinition.ConstraintSeverity.ERROR && constraint.hasExpression()) {
                        found.add(constraint);
                    }
                }
            }
            return found;
        });
    }
}
