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
        try {
            super.validateNestingDepth(depth);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.DEPTH, e);
        }
    }

    @Override
    public void validateDocumentLength(long length) {
        try {
            super.validateDocumentLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.DOCUMENT_SIZE, e);
        }
    }

    @Override
    public void validateFPLength(int length) {
        try {
            super.validateFPLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER_LENGTH, e);
        }
    }

    @Override
    public void validateIntegerLength(int length) {
        try {
            super.validateIntegerLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER_LENGTH, e);
        }
    }

    @Override
    public void validateBigIntegerScale(int scale) {
        try {
            super.validateBigIntegerScale(scale);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.NUMBER_LENGTH, e);
        }
    }

    @Override
    public void validateStringLength(int length) {
        try {
            super.validateStringLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(inNumber() ? Limit.NUMBER_LENGTH : Limit.STRING_LENGTH, e);
        }
    }

    @Override
    public void validateStringLengthLong(long length) {
        try {
            super.validateStringLengthLong(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(inNumber() ? Limit.NUMBER_LENGTH : Limit.STRING_LENGTH, e);
        }
    }

    @Override
    public void validateNameLength(int length) {
        try {
            super.validateNameLength(length);
        } catch (StreamConstraintsException e) {
            throw new Exceeded(Limit.STRING_LENGTH, e);
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
