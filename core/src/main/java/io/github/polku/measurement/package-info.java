/**
 * Instruments, measurements, change scores and Goal Attainment Scaling (fi: mittarit, mittaukset,
 * muutospisteet ja tavoitteiden saavuttamisen asteikko; sv: mätinstrument, mätningar,
 * förändringspoäng och målattainmentskala).
 * <p>
 * Instruments are data, not code. An {@link io.github.polku.measurement.Instrument} describes its
 * dimensions, each with a {@link io.github.polku.measurement.Scale} (bounds, step, direction and
 * special values that are not on the ordinal line). A
 * {@link io.github.polku.measurement.Measurement} records the scores given by one
 * {@link io.github.polku.measurement.Respondent} on one date. Change is computed only between
 * comparable measurements: same instrument, same respondent, same dimension, a later date, and
 * ordinal values on both sides. Polku ships descriptors only for openly described scales and
 * never ships licensed item texts.
 * <pre>{@code
 * Instrument workAbility = Instruments.perceivedWorkAbility();
 * Measurement before = Measurement.builder().instrumentId(workAbility.getId())
 *         .date(LocalDate.of(2021, 2, 1)).respondent(Respondent.CLIENT)
 *         .putScore(Instruments.WORK_ABILITY, BigDecimal.valueOf(4)).build();
 * List<Violation> problems = workAbility.check(before);      // empty: the score is on the scale
 * }</pre>
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.measurement.Instrument} - an instrument descriptor and its measurement check</li>
 *   <li>{@link io.github.polku.measurement.Dimension} - one scored dimension of an instrument</li>
 *   <li>{@link io.github.polku.measurement.Scale} - bounds, step, direction and special values</li>
 *   <li>{@link io.github.polku.measurement.Instruments} - the built-in, openly described descriptors</li>
 *   <li>{@link io.github.polku.measurement.IcfChapter} - the ICF activity and participation chapters d1-d9</li>
 *   <li>{@link io.github.polku.measurement.StageTable} - reading-to-stage table of a journey of change</li>
 *   <li>{@link io.github.polku.measurement.Measurement} - the scores of one respondent at one timepoint</li>
 *   <li>{@link io.github.polku.measurement.ChangeScore} and {@link io.github.polku.measurement.ChangeScores} - change between comparable measurements</li>
 *   <li>{@link io.github.polku.measurement.GoalAttainmentScale} and {@link io.github.polku.measurement.GasScore} - Goal Attainment Scaling and its T-score</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>instrument</td><td>mittari</td><td>mätinstrument</td></tr>
 *   <tr><td>dimension</td><td>ulottuvuus</td><td>dimension</td></tr>
 *   <tr><td>scale</td><td>asteikko</td><td>skala</td></tr>
 *   <tr><td>measurement</td><td>mittaus</td><td>mätning</td></tr>
 *   <tr><td>respondent</td><td>vastaaja</td><td>respondent</td></tr>
 *   <tr><td>change score</td><td>muutospistemäärä</td><td>förändringspoäng</td></tr>
 *   <tr><td>perceived work ability</td><td>koettu työkyky</td><td>upplevd arbetsförmåga</td></tr>
 *   <tr><td>qualifier (ICF)</td><td>tarkenne</td><td>bedömningsfaktor</td></tr>
 *   <tr><td>journey of change</td><td>muutoksen polku</td><td>förändringsresa</td></tr>
 *   <tr><td>Goal Attainment Scaling (GAS)</td><td>tavoitteiden saavuttamisen asteikko, GAS-menetelmä</td><td>målattainmentskala</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
@PolkuStyle
package io.github.polku.measurement;

import io.github.polku.internal.immutables.PolkuStyle;
