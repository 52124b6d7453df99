package io.github.polku.cli;

/**
 * The exit statuses of the {@code polku} command.
 */
final class ExitStatus {

    /** Every document is valid; warnings are allowed. */
    static final int OK = 0;
    /** At least one document has an error. */
    static final int INVALID = 1;
    /** A usage problem (unknown option, missing argument) or an I/O problem (missing, unreadable file). */
    static final int USAGE = 2;
    /** An internal error: a bug in Polku. One line on standard error, no stack trace. */
    static final int INTERNAL = 3;

    private ExitStatus() {
    }
}
