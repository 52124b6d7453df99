package io.github.polku.internal.constraintvalidators;

/** The shared code of a date that is before a date it must follow. */
final class PathDates {

    /** A date before the date it must not precede; arguments name both by JSON Pointer. */
    static final String ORDER = "polku.path.dates.order";

    private PathDates() {
    }

    /**
     * Reports a date that is before its reference. Arguments are the pointers, never the dates,
     * which belong to the client's history.
     */
    static void report(RuleContext context, String pointer, String referencePointer) {
        context.error(ORDER, pointer, "reference", referencePointer);
    }
}
