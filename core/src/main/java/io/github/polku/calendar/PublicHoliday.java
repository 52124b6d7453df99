package io.github.polku.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * A Finnish public holiday (fi: pyhäpäivä, arkipyhä, sv: helgdag) or one of the two eves that
 * count as holidays when statutory time limits are calculated.
 * <p>
 * The constants are the days that are never working days in {@link FinnishCalendar}: the
 * holidays of the Evangelical Lutheran calendar, May Day and Independence Day, and Midsummer Eve
 * and Christmas Eve, which the Act on the calculation of statutory time limits (150/1930) puts on
 * the same footing as holidays. Each constant gives its date in a year with {@link #dateIn(int)}
 * and its name in Finnish, Swedish or English with {@link #getName(Locale)}:
 * <pre>{@code
 * LocalDate midsummerEve = PublicHoliday.MIDSUMMER_EVE.dateIn(2025);      // 2025-06-20
 * String name = PublicHoliday.ASCENSION_DAY.getName(Locale.forLanguageTag("fi")); // helatorstai
 * }</pre>
 * <p>
 * The dates follow the rules in force since 1992: Easter by the Gregorian computus, Ascension Day
 * on the 39th and Whit Sunday on the 49th day after Easter Sunday, Midsummer Day on the Saturday
 * between 20 and 26 June, All Saints' Day on the Saturday between 31 October and 6 November, and
 * Epiphany on 6 January. These rules are applied to every supported year
 * ({@link FinnishCalendar#SUPPORTED_YEARS}, 1900 to 2299); Polku does not model earlier
 * arrangements, such as Epiphany and Ascension Day on Saturdays from 1973 to 1991, or Midsummer
 * and All Saints' Day on fixed dates before 1955.
 * <p>
 * Some constants always fall on a Sunday (Easter Sunday, Whit Sunday) or a Saturday (Midsummer
 * Day, All Saints' Day), days that are not working days anyway; they are listed so that the
 * calendar can name them. In years when Easter Sunday is on 23 March (for example 2008),
 * Ascension Day and May Day fall on the same date.
 * <p>
 * This enum is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public enum PublicHoliday {

    /** New Year's Day (fi: uudenvuodenpäivä, sv: nyårsdagen), 1 January. */
    NEW_YEARS_DAY("uudenvuodenp\u00e4iv\u00e4", "ny\u00e5rsdagen", "New Year's Day"),
    /** Epiphany (fi: loppiainen, sv: trettondagen), 6 January. */
    EPIPHANY("loppiainen", "trettondagen", "Epiphany"),
    /** Good Friday (fi: pitkäperjantai, sv: långfredagen), the Friday before Easter Sunday. */
    GOOD_FRIDAY("pitk\u00e4perjantai", "l\u00e5ngfredagen", "Good Friday"),
    /**
     * Easter Sunday (fi: pääsiäispäivä, sv: påskdagen), the Sunday computed by the Gregorian
     * computus, between 22 March and 25 April.
     */
    EASTER_SUNDAY("p\u00e4\u00e4si\u00e4isp\u00e4iv\u00e4", "p\u00e5skdagen", "Easter Sunday"),
    /** Easter Monday (fi: toinen pääsiäispäivä, sv: annandag påsk), the day after Easter Sunday. */
    EASTER_MONDAY("toinen p\u00e4\u00e4si\u00e4isp\u00e4iv\u00e4", "annandag p\u00e5sk", "Easter Monday"),
    /** May Day (fi: vappu, sv: första maj), 1 May. */
    MAY_DAY("vappu", "f\u00f6rsta maj", "May Day"),
    /**
     * Ascension Day (fi: helatorstai, sv: Kristi himmelsfärdsdag), the Thursday 39 days after
     * Easter Sunday.
     */
    ASCENSION_DAY("helatorstai", "Kristi himmelsf\u00e4rdsdag", "Ascension Day"),
    /** Whit Sunday (fi: helluntaipäivä, sv: pingstdagen), the Sunday 49 days after Easter Sunday. */
    WHIT_SUNDAY("helluntaip\u00e4iv\u00e4", "pingstdagen", "Whit Sunday"),
    /**
     * Midsummer Eve (fi: juhannusaatto, sv: midsommarafton), the Friday between 19 and 25 June;
     * not a holiday in the church calendar, but not a working day in time-limit calculation.
     */
    MIDSUMMER_EVE("juhannusaatto", "midsommarafton", "Midsummer Eve"),
    /** Midsummer Day (fi: juhannuspäivä, sv: midsommardagen), the Saturday between 20 and 26 June. */
    MIDSUMMER_DAY("juhannusp\u00e4iv\u00e4", "midsommardagen", "Midsummer Day"),
    /**
     * All Saints' Day (fi: pyhäinpäivä, sv: alla helgons dag), the Saturday between 31 October and
     * 6 November.
     */
    ALL_SAINTS_DAY("pyh\u00e4inp\u00e4iv\u00e4", "alla helgons dag", "All Saints' Day"),
    /** Independence Day (fi: itsenäisyyspäivä, sv: självständighetsdagen), 6 December. */
    INDEPENDENCE_DAY("itsen\u00e4isyysp\u00e4iv\u00e4", "sj\u00e4lvst\u00e4ndighetsdagen", "Independence Day"),
    /**
     * Christmas Eve (fi: jouluaatto, sv: julafton), 24 December; not a holiday in the church
     * calendar, but not a working day in time-limit calculation.
     */
    CHRISTMAS_EVE("jouluaatto", "julafton", "Christmas Eve"),
    /** Christmas Day (fi: joulupäivä, sv: juldagen), 25 December. */
    CHRISTMAS_DAY("joulup\u00e4iv\u00e4", "juldagen", "Christmas Day"),
    /** Boxing Day, St Stephen's Day (fi: tapaninpäivä, sv: annandag jul), 26 December. */
    BOXING_DAY("tapaninp\u00e4iv\u00e4", "annandag jul", "Boxing Day");

    private final String finnish;
    private final String swedish;
    private final String english;

    PublicHoliday(String finnish, String swedish, String english) {
        this.finnish = finnish;
        this.swedish = swedish;
        this.english = english;
    }

    /**
     * Gets the date of this holiday in the given year.
     *
     * @param year  the year, within {@link FinnishCalendar#SUPPORTED_YEARS}
     * @return the date of the holiday in that year, not null
     * @throws DateTimeException if the year is outside the supported range
     */
    public LocalDate dateIn(int year) {
        FinnishCalendar.checkYear(year);
        return switch (this) {
            case NEW_YEARS_DAY -> LocalDate.of(year, Month.JANUARY, 1);
            case EPIPHANY -> LocalDate.of(year, Month.JANUARY, 6);
            case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
            case EASTER_SUNDAY -> easterSunday(year);
            case EASTER_MONDAY -> easterSunday(year).plusDays(1);
            case MAY_DAY -> LocalDate.of(year, Month.MAY, 1);
            case ASCENSION_DAY -> easterSunday(year).plusDays(39);
            case WHIT_SUNDAY -> easterSunday(year).plusDays(49);
            case MIDSUMMER_EVE -> LocalDate.of(year, Month.JUNE, 19).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
            case MIDSUMMER_DAY -> LocalDate.of(year, Month.JUNE, 20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            case ALL_SAINTS_DAY -> LocalDate.of(year, Month.OCTOBER, 31).with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
            case INDEPENDENCE_DAY -> LocalDate.of(year, Month.DECEMBER, 6);
            case CHRISTMAS_EVE -> LocalDate.of(year, Month.DECEMBER, 24);
            case CHRISTMAS_DAY -> LocalDate.of(year, Month.DECEMBER, 25);
            case BOXING_DAY -> LocalDate.of(year, Month.DECEMBER, 26);
        };
    }

    /**
     * Gets the name of this holiday in the language of the given locale.
     * <p>
     * Finnish ({@code fi}) and Swedish ({@code sv}) give the Finnish and Swedish names in lower
     * case, as they are written in running text (for example "helatorstai", "Kristi
     * himmelsfärdsdag"); every other language gives the English name.
     *
     * @param locale  the locale whose language is used, not null
     * @return the name, not null
     */
    public String getName(Locale locale) {
        return switch (locale.getLanguage()) {
            case "fi" -> finnish;
            case "sv" -> swedish;
            default -> english;
        };
    }

    /**
     * Computes Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), which
     * holds for every Gregorian year.
     */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int monthAndDay = h + l - 7 * m + 114;
        return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
    }
}
