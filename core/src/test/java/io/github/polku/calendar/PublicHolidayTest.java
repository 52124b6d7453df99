package io.github.polku.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicHolidayTest {

    @Nested
    class DateIn {

        // Published Easter dates (church calendars); not derived from the code under test.
        @ParameterizedTest(name = "Easter {0} is {1}")
        @CsvSource(textBlock = """
                1900, 1900-04-15
                1943, 1943-04-25
                1961, 1961-04-02
                1981, 1981-04-19
                2000, 2000-04-23
                2008, 2008-03-23
                2011, 2011-04-24
                2016, 2016-03-27
                2018, 2018-04-01
                2019, 2019-04-21
                2022, 2022-04-17
                2024, 2024-03-31
                2025, 2025-04-20
                2026, 2026-04-05
                2027, 2027-03-28
                2038, 2038-04-25
                2285, 2285-03-22
                """)
        void computesEasterSunday(int year, LocalDate expected) {
            assertThat(PublicHoliday.EASTER_SUNDAY.dateIn(year)).isEqualTo(expected);
        }

        @Test
        void agreesWithAnIndependentEasterFormulaInEverySupportedYear() {
            List<String> mismatches = new ArrayList<>();
            for (int year = 1900; year <= 2299; year++) {
                LocalDate expected = easterByTondering(year);
                LocalDate actual = PublicHoliday.EASTER_SUNDAY.dateIn(year);
                if (!actual.equals(expected)) {
                    mismatches.add(year + ": " + actual + " != " + expected);
                }
            }
            assertThat(mismatches).isEmpty();
        }

        // Finnish holidays of 2024-2026, read off a Finnish wall calendar and checked by hand
        // (Easter 2024-03-31, 2025-04-20, 2026-04-05).
        @ParameterizedTest(name = "{1} {0} is {2}")
        @CsvSource(textBlock = """
                2024, NEW_YEARS_DAY,    2024-01-01
                2024, EPIPHANY,         2024-01-06
                2024, GOOD_FRIDAY,      2024-03-29
                2024, EASTER_SUNDAY,    2024-03-31
                2024, EASTER_MONDAY,    2024-04-01
                2024, MAY_DAY,          2024-05-01
                2024, ASCENSION_DAY,    2024-05-09
                2024, WHIT_SUNDAY,      2024-05-19
                2024, MIDSUMMER_EVE,    2024-06-21
                2024, MIDSUMMER_DAY,    2024-06-22
                2024, ALL_SAINTS_DAY,   2024-11-02
                2024, INDEPENDENCE_DAY, 2024-12-06
                2024, CHRISTMAS_EVE,    2024-12-24
                2024, CHRISTMAS_DAY,    2024-12-25
                2024, BOXING_DAY,       2024-12-26
                2025, NEW_YEARS_DAY,    2025-01-01
                2025, EPIPHANY,         2025-01-06
                2025, GOOD_FRIDAY,      2025-04-18
                2025, EASTER_SUNDAY,    2025-04-20
                2025, EASTER_MONDAY,    2025-04-21
                2025, MAY_DAY,          2025-05-01
                2025, ASCENSION_DAY,    2025-05-29
                2025, WHIT_SUNDAY,      2025-06-08
                2025, MIDSUMMER_EVE,    2025-06-20
                2025, MIDSUMMER_DAY,    2025-06-21
                2025, ALL_SAINTS_DAY,   2025-11-01
                2025, INDEPENDENCE_DAY, 2025-12-06
                2025, CHRISTMAS_EVE,    2025-12-24
                2025, CHRISTMAS_DAY,    2025-12-25
                2025, BOXING_DAY,       2025-12-26
                2026, NEW_YEARS_DAY,    2026-01-01
                2026, EPIPHANY,         2026-01-06
                2026, GOOD_FRIDAY,      2026-04-03
                2026, EASTER_SUNDAY,    2026-04-05
                2026, EASTER_MONDAY,    2026-04-06
                2026, MAY_DAY,          2026-05-01
                2026, ASCENSION_DAY,    2026-05-14
                2026, WHIT_SUNDAY,      2026-05-24
                2026, MIDSUMMER_EVE,    2026-06-19
                2026, MIDSUMMER_DAY,    2026-06-20
                2026, ALL_SAINTS_DAY,   2026-10-31
                2026, INDEPENDENCE_DAY, 2026-12-06
                2026, CHRISTMAS_EVE,    2026-12-24
                2026, CHRISTMAS_DAY,    2026-12-25
                2026, BOXING_DAY,       2026-12-26
                """)
        void givesTheDateInAFinnishCalendar(int year, PublicHoliday holiday, LocalDate expected) {
            assertThat(holiday.dateIn(year)).isEqualTo(expected);
        }

        // The window and weekday of each movable holiday, from the rules in the Finnish church
        // calendar, checked for every supported year.
        @ParameterizedTest(name = "{0} on {1} between {2} and {3}")
        @CsvSource(textBlock = """
                GOOD_FRIDAY,    FRIDAY,   03-20, 04-23
                EASTER_SUNDAY,  SUNDAY,   03-22, 04-25
                EASTER_MONDAY,  MONDAY,   03-23, 04-26
                ASCENSION_DAY,  THURSDAY, 04-30, 06-03
                WHIT_SUNDAY,    SUNDAY,   05-10, 06-13
                MIDSUMMER_EVE,  FRIDAY,   06-19, 06-25
                MIDSUMMER_DAY,  SATURDAY, 06-20, 06-26
                ALL_SAINTS_DAY, SATURDAY, 10-31, 11-06
                """)
        void fallsOnItsWeekdayWithinItsWindowInEverySupportedYear(
                PublicHoliday holiday, DayOfWeek weekday, String first, String last) {
            MonthDay from = MonthDay.parse("--" + first);
            MonthDay to = MonthDay.parse("--" + last);
            for (int year = 1900; year <= 2299; year++) {
                LocalDate date = holiday.dateIn(year);
                assertThat(date.getYear()).as("year of %s", date).isEqualTo(year);
                assertThat(date.getDayOfWeek()).as("weekday of %s", date).isEqualTo(weekday);
                assertThat(MonthDay.from(date)).as("window of %s", date).isBetween(from, to);
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {1900, 2299})
        void acceptsTheBoundsOfTheSupportedYears(int year) {
            for (PublicHoliday holiday : PublicHoliday.values()) {
                assertThat(holiday.dateIn(year).getYear()).isEqualTo(year);
            }
        }

        @ParameterizedTest
        @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 1583, 1899, 2300, 9999, Integer.MAX_VALUE})
        void rejectsYearsOutsideTheSupportedRange(int year) {
            for (PublicHoliday holiday : PublicHoliday.values()) {
                assertThatExceptionOfType(DateTimeException.class)
                        .isThrownBy(() -> holiday.dateIn(year))
                        .withMessageContaining("1900")
                        .withMessageContaining("2299");
            }
        }
    }

    @Nested
    class GetName {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                NEW_YEARS_DAY    | uudenvuodenpäivä       | nyårsdagen             | New Year's Day
                EPIPHANY         | loppiainen             | trettondagen           | Epiphany
                GOOD_FRIDAY      | pitkäperjantai         | långfredagen           | Good Friday
                EASTER_SUNDAY    | pääsiäispäivä          | påskdagen              | Easter Sunday
                EASTER_MONDAY    | toinen pääsiäispäivä   | annandag påsk          | Easter Monday
                MAY_DAY          | vappu                  | första maj             | May Day
                ASCENSION_DAY    | helatorstai            | Kristi himmelsfärdsdag | Ascension Day
                WHIT_SUNDAY      | helluntaipäivä         | pingstdagen            | Whit Sunday
                MIDSUMMER_EVE    | juhannusaatto          | midsommarafton         | Midsummer Eve
                MIDSUMMER_DAY    | juhannuspäivä          | midsommardagen         | Midsummer Day
                ALL_SAINTS_DAY   | pyhäinpäivä            | alla helgons dag       | All Saints' Day
                INDEPENDENCE_DAY | itsenäisyyspäivä       | självständighetsdagen  | Independence Day
                CHRISTMAS_EVE    | jouluaatto             | julafton               | Christmas Eve
                CHRISTMAS_DAY    | joulupäivä             | juldagen               | Christmas Day
                BOXING_DAY       | tapaninpäivä           | annandag jul           | Boxing Day
                """)
        void namesTheHolidayInFinnishSwedishAndEnglish(PublicHoliday holiday, String finnish, String swedish, String english) {
            assertThat(holiday.getName(Locale.forLanguageTag("fi"))).isEqualTo(finnish);
            assertThat(holiday.getName(Locale.forLanguageTag("sv"))).isEqualTo(swedish);
            assertThat(holiday.getName(Locale.ENGLISH)).isEqualTo(english);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(textBlock = """
                fi-FI, juhannusaatto
                sv-FI, midsommarafton
                sv-SE, midsommarafton
                en-GB, Midsummer Eve
                de,    Midsummer Eve
                et-EE, Midsummer Eve
                und,   Midsummer Eve
                """)
        void usesTheLanguageOfTheLocaleAndFallsBackToEnglish(String languageTag, String expected) {
            assertThat(PublicHoliday.MIDSUMMER_EVE.getName(Locale.forLanguageTag(languageTag))).isEqualTo(expected);
        }

        @ParameterizedTest
        @EnumSource(PublicHoliday.class)
        void givesDistinctNamesWithinEachLanguage(PublicHoliday holiday) {
            for (String language : List.of("fi", "sv", "en")) {
                Locale locale = Locale.forLanguageTag(language);
                for (PublicHoliday other : PublicHoliday.values()) {
                    if (other != holiday) {
                        assertThat(other.getName(locale)).isNotEqualTo(holiday.getName(locale));
                    }
                }
            }
        }

        @Test
        void rejectsNullLocale() {
            assertThatExceptionOfType(NullPointerException.class)
                    .isThrownBy(() -> PublicHoliday.EPIPHANY.getName(null));
        }
    }

    /**
     * Easter Sunday by the algorithm of Claus Tøndering's Calendar FAQ (section 2.9.1), which
     * differs in its steps from the Meeus/Jones/Butcher algorithm of the code under test.
     */
    private static LocalDate easterByTondering(int year) {
        int g = year % 19;
        int c = year / 100;
        int h = (c - c / 4 - (8 * c + 13) / 25 + 19 * g + 15) % 30;
        int i = h - (h / 28) * (1 - (29 / (h + 1)) * ((21 - g) / 11));
        int j = (year + year / 4 + i + 2 - c + c / 4) % 7;
        int l = i - j;
        int month = 3 + (l + 40) / 44;
        int day = l + 28 - 31 * (month / 4);
        return LocalDate.of(year, month, day);
    }
}
