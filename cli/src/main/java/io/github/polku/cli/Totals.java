package io.github.polku.cli;

import io.github.polku.validation.Severity;
import java.util.Map;

/**
 * Counts documents and violations over one run of {@code polku validate}.
 */
final class Totals {

    private long documents;
    private long invalid;
    private long errors;
    private long warnings;
    private long infos;

    void add(Outcome outcome) {
        documents++;
        if (!outcome.report().isValid()) {
            invalid++;
        }
        Map<Severity, Integer> counts = outcome.report().countBySeverity();
        errors += counts.get(Severity.ERROR);
        warnings += counts.get(Severity.WARNING);
        infos += counts.get(Severity.INFO);
    }

    long documents() {
        return documents;
    }

    long valid() {
        return documents - invalid;
    }

    long invalid() {
        return invalid;
    }

    long errors() {
        return errors;
    }

    long warnings() {
        return warnings;
    }

    long infos() {
        return infos;
    }
}
