package io.github.polku.measurement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Change scores between measurements (fi: muutospistemäärät, sv: förändringspoäng), per dimension.
 * <p>
 * Every change follows the comparability rule of {@link ChangeScore}: same instrument, same
 * respondent, a strictly later date, and ordinal values on both sides. Dimensions that are not
 * comparable are left out of the result rather than reported; the methods never throw for data.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ChangeScores {

    private ChangeScores() {
    }

    /**
     * Computes the change in every comparable dimension between two measurements.
     *
     * @param instrument  the descriptor both measurements must refer to, not null
     * @param earlier  the earlier measurement, not null
     * @param later  the later measurement, not null
     * @return the change scores in the instrument's dimension order, not null, empty if the
     *     measurements are not comparable at all
     */
    public static List<ChangeScore> between(Instrument instrument, Measurement earlier, Measurement later) {
        Objects.requireNonNull(earlier, "earlier");
        Objects.requireNonNull(later, "later");
        List<ChangeScore> changes = new ArrayList<>();
        for (Dimension dimension : instrument.getDimensions()) {
            ChangeScore.of(instrument, dimension.getCode(), earlier, later).ifPresent(changes::add);
        }
        return List.copyOf(changes);
    }

    /**
     * Computes the change from the first to the last measurement of a respondent. Measurements of
     * other instruments and other respondents are ignored. The first measurement is the earliest
     * by date (the first in list order among equal dates); the last is the latest by date (the
     * last in list order among equal dates). Intermediate measurements are not used.
     *
     * @param instrument  the descriptor, not null
     * @param measurements  the measurements in any order, not null, may be empty
     * @param respondent  the respondent whose measurements are compared, not null
     * @return the change scores in the instrument's dimension order, not null, empty if the
     *     respondent has fewer than two measurements on different dates
     */
    public static List<ChangeScore> firstToLast(Instrument instrument, List<Measurement> measurements,
            Respondent respondent) {
        Objects.requireNonNull(respondent, "respondent");
        Measurement first = null;
        Measurement last = null;
        for (Measurement m : measurements) {
            if (!m.getInstrumentId().equals(instrument.getId()) || m.getRespondent() != respondent) {
                continue;
            }
            if (first == null || m.getDate().isBefore(first.getDate())) {
                first = m;
            }
            if (last == null || !m.getDate().isBefore(last.getDate())) {
                last = m;
            }
        }
        return first == null ? List.of() : between(instrument, first, last);
    }

    /**
     * Computes the change from the first to the last measurement by the same respondent, that
     * respondent being the one of the earliest measurement of the instrument. Use
     * {@link #firstToLast(Instrument, List, Respondent)} to choose the respondent.
     *
     * @param instrument  the descriptor, not null
     * @param measurements  the measurements in any order, not null, may be empty
     * @return the change scores in the instrument's dimension order, not null, empty if there is no
     *     comparable pair
     */
    public static List<ChangeScore> firstToLast(Instrument instrument, List<Measurement> measurements) {
        Optional<Measurement> earliest = Optional.empty();
        for (Measurement m : measurements) {
            if (m.getInstrumentId().equals(instrument.getId())
                    && (earliest.isEmpty() || m.getDate().isBefore(earliest.get().getDate()))) {
                earliest = Optional.of(m);
            }
        }
        return earliest.isEmpty() ? List.of() : firstToLast(instrument, measurements, earliest.get().getRespondent());
    }
}
