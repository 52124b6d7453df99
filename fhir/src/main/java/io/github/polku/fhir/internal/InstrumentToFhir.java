package io.github.polku.fhir.internal;

import static io.github.polku.fhir.internal.Ext.add;
import static io.github.polku.fhir.internal.Ext.code;
import static io.github.polku.fhir.internal.Ext.ext;
import static io.github.polku.fhir.internal.Ext.string;
import static io.github.polku.fhir.internal.Ext.sub;

import io.github.polku.fhir.FhirUrls;
import io.github.polku.measurement.Dimension;
import io.github.polku.measurement.Instrument;
import io.github.polku.measurement.Scale;
import java.math.BigDecimal;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;

/** An instrument as a Questionnaire. */
final class InstrumentToFhir {

    private InstrumentToFhir() {
    }

    static Questionnaire questionnaire(Instrument instrument, boolean builtIn) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setUrl(ToFhir.questionnaireUrl(instrument.getId()));
        questionnaire.addIdentifier().setSystem(FhirUrls.INSTRUMENT_ID).setValue(instrument.getId().getValue());
        questionnaire.setVersion(instrument.getVersion());
        questionnaire.setStatus(Enumerations.PublicationStatus.ACTIVE);
        questionnaire.setTitle(display(instrument.getNames(), instrument.getId().getValue()));
        names(questionnaire, instrument.getNames(), "instrument-name");
        add(questionnaire, "instrument-source", string(instrument.getSource()));
        instrument.getLicenceNote().ifPresent(questionnaire::setCopyright);
        if (builtIn) {
            add(questionnaire, "instrument-built-in", new BooleanType(true));
        }
        for (Dimension dimension : instrument.getDimensions()) {
            Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem()
                    .setLinkId(dimension.getCode())
                    .setText(display(dimension.getNames(), dimension.getCode()))
                    .setType(Questionnaire.QuestionnaireItemType.DECIMAL);
            names(item, dimension.getNames(), "dimension-name");
            item.addExtension(scale(dimension.getScale()));
        }
        return questionnaire;
    }

    private static String display(Map<String, String> names, String fallback) {
        if (names.containsKey("en")) {
            return names.get("en");
        }
        return names.isEmpty() ? fallback : names.values().iterator().next();
    }

    private static void names(Element element, Map<String, String> names, String extension) {
        for (Map.Entry<String, String> name : names.entrySet()) {
            Extension ext = ext(extension, null);
            sub(ext, "language", new org.hl7.fhir.r4.model.CodeType(name.getKey()));
            sub(ext, "name", string(name.getValue()));
            element.addExtension(ext);
        }
    }

    private static void names(Questionnaire questionnaire, Map<String, String> names, String extension) {
        for (Map.Entry<String, String> name : names.entrySet()) {
            Extension ext = ext(extension, null);
            sub(ext, "language", new org.hl7.fhir.r4.model.CodeType(name.getKey()));
            sub(ext, "name", string(name.getValue()));
            questionnaire.addExtension(ext);
        }
    }

    private static Extension scale(Scale scale) {
        Extension ext = ext("scale", null);
        sub(ext, "min", new DecimalType(scale.getMin()));
        sub(ext, "max", new DecimalType(scale.getMax()));
        sub(ext, "step", new DecimalType(scale.getStep()));
        sub(ext, "direction", code(scale.getDirection()));
        for (BigDecimal special : scale.getSpecialValues()) {
            sub(ext, "specialValue", new DecimalType(special));
        }
        return ext;
    }
}
