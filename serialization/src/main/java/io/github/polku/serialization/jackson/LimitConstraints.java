package io.github.polku.serialization.jackson;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Jackson's read constraints, set from {@link ReadLimits}, that say which limit was exceeded by
 * the type of their exception ({@link Exceeded}) instead of by the text of its message (GH-17,
 * GH-21).
 */
final class LimitConstraints extends StreamReadConstraints {

    private static final long serialVersionUID = 1L;

    /** The limits of {@link ReadLimits} that the parser checks. */
    enum Limit { DEPTH, DOCUMENT_SIZE, NUMBER_LENGTH, STRING_LENGTH }

    /** A parser limit was exceeded; {@link #limit} says which. */
    static final class Exceeded extends StreamConstraintsException {
        private static final long serialVersionUID = 1L;
        final Limit limit;

        Exceeded(Limit limit, StreamConstraintsException cause) {
            super(cause.getOriginalMessage(), cause.getLocation());
            this.limit = limit;
        }
    }

    LimitConstraints(ReadLimits limits, long maxDocumentLength) {
        super(limits.getMaxDepth(), maxDocumentLength, DEFAULT_MAX_TOKEN_COUNT, limits.getMaxNumberLength(),
                limits.getMaxStringLength(), Math.min(limits.getMaxStringLength(), DEFAULT_MAX_NAME_LEN));
    }

    @Override
    public void validateNestingDepth(int depth) {
        check(() -> super.validateNestingDepth(depth), Limit.DEPTH);
    }

    @Override
    public void validateDocumentLength(long length) {
        check(() -> super.validateDocumentLength(length), Limit.DOCUMENT_SIZE);
    }

    @Override
    public void validateFPLength(int length) {
        check(() -> super.validateFPLength(length), Limit.NUMBER_LENGTH);
    }

    @Override
    public void validateIntegerLength(int length) {
        check(() -> super.validateIntegerLength(length), Limit.NUMBER_LENGTH);
    }

    @Override
    public void validateBigIntegerScale(int scale) {
        check(() -> super.validateBigIntegerScale(scale), Limit.NUMBER_LENGTH);
    }

    @Override
    public void validateStringLength(int length) {
        checkText(() -> super.validateStringLength(length));
    }

    @Override
    public void validateStringLengthLong(long length) {
        checkText(() -> super.validateStringLengthLong(length));
    }

    @Override
    public void validateNameLength(int length) {
        check(() -> super.validateNameLength(length), Limit.STRING_LENGTH);
    }

    /** Runs one of Jackson's checks; its failure is the exception of the limit. */
    private static void check(Runnable check, Limit limit) {
        try {
            check.run();
        } catch (StreamConstraintsException e) {
            throw new Exceeded(limit, e);
        }
    }

    /** Runs a check of the length of a text, which is the number limit's when the text is a number. */
    private static void checkText(Runnable check) {
        try {
            check.run();
        } catch (StreamConstraintsException e) {
            throw new Exceeded(inNumber() ? Limit.NUMBER_LENGTH : Limit.STRING_LENGTH, e);
        }
    }

    /**
     * Checks if the parser is reading a number. Why: the parser's text buffer checks the string
     * limit whenever it grows, for numbers too, so a number longer than the string limit (far
     * longer than the number limit) is stopped there before the number limit is checked. The
     * stack is only looked at when a limit is exceeded.
     */
    private static boolean inNumber() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getClassName().startsWith("tools.jackson.core.json."))
                .anyMatch(f -> f.getMethodName().contains("Number") || f.getMethodName().contains("Float")));
    }
}
