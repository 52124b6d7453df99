package io.github.polku.fhir.internal;

import io.github.polku.fhir.FhirUrls;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Element;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/** Builders of extensions, codings and dates. */
final class Ext {

    private Ext() {
    }

    static String url(String name) {
        return FhirUrls.EXTENSION + name;
    }

    static Extension ext(String name, Type value) {
        return new Extension(url(name), value);
    }

    static void add(DomainResource resource, String name, Type value) {
        resource.addExtension(ext(name, value));
    }

    static void add(Element element, String name, Type value) {
        element.addExtension(ext(name, value));
    }

    static void addCodes(DomainResource resource, String name, Collection<? extends Enum<?>> codes) {
        for (Enum<?> code : codes) {
            add(resource, name, code(code));
        }
    }

    /** A sub-extension of a complex extension: a relative URL. */
    static void sub(Extension parent, String name, Type value) {
        parent.addExtension(new Extension(name, value));
    }

    static void subCodes(Extension parent, String name, Collection<? extends Enum<?>> codes) {
        for (Enum<?> code : codes) {
            sub(parent, name, code(code));
        }
    }

    static CodeType code(Enum<?> value) {
        return new CodeType(value.name());
    }

    static StringType string(String value) {
        return new StringType(value);
    }

    static Coding coding(String codeSystem, Enum<?> value) {
        return new Coding(FhirUrls.CODE_SYSTEM + codeSystem, value.name(), null);
    }

    static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }

    static org.hl7.fhir.r4.model.DateTimeType dateTime(LocalDate date) {
        return new org.hl7.fhir.r4.model.DateTimeType(date.toString());
    }

    static List<Extension> all(List<Extension> list, String url) {
        return list.stream().filter(e -> url.equals(e.getUrl())).toList();
    }
}
