package io.github.polku.serialization.jackson.internal;

/** The structural violation codes of reading JSON. Codes are API: never renamed or reused. */
public final class JsonCodes {

    /** The text is not well-formed JSON (or not UTF-8); arguments {@code line}, {@code column}. */
    public static final String MALFORMED = "polku.json.malformed";
    /** A value has the wrong JSON type; argument {@code expected}. */
    public static final String TYPE = "polku.json.type";
    /** A required property is missing. */
    public static final String REQUIRED = "polku.json.required";
    /** A property is not part of the format (error in strict mode, warning in lenient mode). */
    public static final String UNKNOWN_PROPERTY = "polku.json.unknownProperty";
    /** A code is not in its code set; argument {@code codeSet}. */
    public static final String UNKNOWN_CODE = "polku.json.code.unknown";
    /** A date is not an ISO-8601 date; argument {@code expected}. */
    public static final String DATE = "polku.json.date";
    /** A number does not fit; argument {@code expected}. */
    public static final String NUMBER = "polku.json.number";
    /** A property occurs twice in one object. */
    public static final String DUPLICATE_PROPERTY = "polku.json.duplicateProperty";
    /** GH-14: an item of a set (an array the schema declares {@code uniqueItems}) occurs again; argument {@code first}. */
    public static final String DUPLICATE_ITEM = "polku.json.duplicateItem";
    /** A value is rejected by the model for a reason the model does not code. */
    public static final String INVALID = "polku.json.invalid";
    /** A derived value (such as a report's validity) that contradicts the rest of the document. */
    public static final String CONTRADICTION = "polku.json.contradiction";
    /** The document type is not known. */
    public static final String DOCUMENT_TYPE_UNKNOWN = "polku.json.documentType.unknown";
    /** The document has another type than the one asked for; argument {@code expected}. */
    public static final String DOCUMENT_TYPE_UNEXPECTED = "polku.json.documentType.unexpected";
    /** The format version is newer than the reader knows; arguments {@code supported}, {@code found}. */
    public static final String FORMAT_VERSION_NEWER = "polku.json.formatVersion.newer";
    /** The format version is not a version this reader knows; argument {@code supported}. */
    public static final String FORMAT_VERSION_UNSUPPORTED = "polku.json.formatVersion.unsupported";
    /** Nesting deeper than allowed; argument {@code max}. */
    public static final String LIMIT_DEPTH = "polku.json.limit.depth";
    /** A string longer than allowed; argument {@code max}. */
    public static final String LIMIT_STRING_LENGTH = "polku.json.limit.stringLength";
    /** A number longer than allowed; argument {@code max}. */
    public static final String LIMIT_NUMBER_LENGTH = "polku.json.limit.numberLength";
    /** A document larger than allowed; argument {@code max}. */
    public static final String LIMIT_DOCUMENT_SIZE = "polku.json.limit.documentSize";
    /**
     * More violations than {@code ReadLimits.getMaxViolations()}: the last violation of a capped
     * report; arguments {@code max} and {@code more} (how many were left out).
     */
    public static final String LIMIT_VIOLATIONS = "polku.json.limit.violations";
    /** Content after the end of the document. */
    public static final String TRAILING = "polku.json.trailingContent";

    private JsonCodes() {
    }
}
