package io.github.polku.quality;

import io.github.polku.measurement.ChangeScore;
import io.github.polku.measurement.InstrumentId;
import io.github.polku.measurement.Respondent;
import java.util.Objects;

/**
 * What one series of measurements measures: an instrument, one of its dimensions (empty where a
 * figure does not tell dimensions apart) and a respondent. A small key for maps of figures, in
 * place of text joined with separators.
 */
record MeasureKey(InstrumentId instrument, String dimension, Respondent respondent) {

    MeasureKey {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(respondent, "respondent");
    }

    /** The key of one change score. */
    static MeasureKey of(ChangeScore score) {
        return new MeasureKey(score.getInstrumentId(), score.getDimension(), score.getRespondent());
    }

    /** The key of the change scores of a summary. */
    static MeasureKey of(ChangeScoreSummary summary) {
        return new MeasureKey(summary.getInstrumentId(), summary.getDimension(), summary.getRespondent());
    }

    /** The key of an instrument and respondent, every dimension together. */
    static MeasureKey of(InstrumentId instrument, Respondent respondent) {
        return new MeasureKey(instrument, "", respondent);
    }
}
