package io.github.polku.serialization.jackson;

import io.github.polku.client.Client;
import io.github.polku.client.ClientIdentity;
import io.github.polku.codevelopment.CoDevelopmentProcess;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.quality.CohortSummary;
import io.github.polku.quality.QualityEvaluation;
import io.github.polku.quality.QualityFramework;
import io.github.polku.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * A document type of the Polku exchange format (fi: asiakirjatyyppi, sv: dokumenttyp), written in
 * every document's {@code documentType} property.
 * <p>
 * The code is the wire value and never changes; each type has a JSON Schema, see
 * {@link JsonSchemas#of(DocumentType)}.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum DocumentType {

    /** A rehabilitation path (fi: kuntoutuspolku, sv: rehabiliteringsstig), {@link RehabilitationPath}. */
    REHABILITATION_PATH("REHABILITATION_PATH", RehabilitationPath.class, "rehabilitation-path"),
    /** A client (fi: asiakas, sv: klient) without identity, {@link Client}. */
    CLIENT("CLIENT", Client.class, "client"),
    /**
     * The identity of a client (fi: asiakkaan henkilöllisyys, sv: klientens identitet),
     * {@link ClientIdentity}: kept apart from the client so that it is exchanged only when needed.
     */
    CLIENT_IDENTITY("CLIENT_IDENTITY", ClientIdentity.class, "client-identity"),
    /** A batch of anonymous contacts (fi: anonyymit kohtaamiset, sv: anonyma kontakter), {@link AnonymousContactBatch}. */
    ANONYMOUS_CONTACTS("ANONYMOUS_CONTACTS", AnonymousContactBatch.class, "anonymous-contacts"),
    /** A co-development process (fi: yhteiskehittäminen, sv: samutveckling), {@link CoDevelopmentProcess}. */
    CO_DEVELOPMENT_PROCESS("CO_DEVELOPMENT_PROCESS", CoDevelopmentProcess.class, "co-development-process"),
    /** A quality framework (fi: laatukehys, sv: kvalitetsram), {@link QualityFramework}. */
    QUALITY_FRAMEWORK("QUALITY_FRAMEWORK", QualityFramework.class, "quality-framework"),
    /** A quality evaluation (fi: laadun arviointi, sv: kvalitetsbedömning), {@link QualityEvaluation}. */
    QUALITY_EVALUATION("QUALITY_EVALUATION", QualityEvaluation.class, "quality-evaluation"),
    /**
     * The outcomes of a cohort of paths (fi: kohortin yhteenveto, sv: kohortsammanfattning),
     * {@link CohortSummary}: the paths behind every figure, the
     * classification of outcomes, durations, change scores and shares. Read back, its figures are
     * checked to fit together.
     */
    COHORT_SUMMARY("COHORT_SUMMARY", CohortSummary.class, "cohort-summary"),
    /**
     * A validation report (fi: validointiraportti, sv: valideringsrapport),
     * {@link ValidationReport}: every violation with its code,
     * severity, JSON Pointer, arguments and message in fi, sv and en. The validity and the counts
     * are derived: when read they must agree with the violations.
     */
    VALIDATION_REPORT("VALIDATION_REPORT", ValidationReport.class, "validation-report");

    /** The format version this library writes and the newest it reads. */
    public static final String FORMAT_VERSION = "1.0";

    private final String code;
    private final Class<?> javaType;
    private final String fileName;

    DocumentType(String code, Class<?> javaType, String fileName) {
        this.code = code;
        this.javaType = javaType;
        this.fileName = fileName;
    }

    /**
     * Gets the wire code, the value of {@code documentType}.
     *
     * @return the code, not null
     */
    public String getCode() {
        return code;
    }

    /**
     * Gets the Java type of the document's value.
     *
     * @return the type, not null
     */
    public Class<?> getJavaType() {
        return javaType;
    }

    /**
     * Gets the base name of the schema resource and of example files, such as {@code rehabilitation-path}.
     *
     * @return the name, not null
     */
    public String getFileName() {
        return fileName;
    }

    /**
     * Finds the document type of a wire code.
     *
     * @param code  the code, not null
     * @return the type, empty if the code is not known
     */
    public static Optional<DocumentType> ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (DocumentType t : values()) {
            if (t.code.equals(code)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * Finds the document type whose value is of a Java type.
     *
     * @param type  the Java type, not null
     * @return the document type, empty if values of that type are not exchanged as documents
     */
    public static Optional<DocumentType> ofJavaType(Class<?> type) {
        Objects.requireNonNull(type, "type");
        for (DocumentType t : values()) {
            if (t.javaType.isAssignableFrom(type)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
