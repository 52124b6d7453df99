package io.github.polku.examples;

import io.github.polku.calendar.FinnishCalendar;
import io.github.polku.calendar.PublicHoliday;
import io.github.polku.rules.LegalNumber;
import io.github.polku.rules.RuleBook;
import io.github.polku.rules.RuleSet;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The statutory deadline for starting a service need assessment.
 * <p>
 * <b>What this shows.</b> Under section 36 of the Social Welfare Act, the service need assessment
 * (palvelutarpeen arviointi) of a person over 75, a person receiving the highest care allowance or
 * a child needing special support must start no later than on the seventh working day after the
 * matter became pending. The program computes that day for a matter that became pending on the
 * Wednesday before Easter 2025.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>The number 7 is not in the code: it comes from the rule book, by the date of the matter,
 *       so a change in the law is a change in data.</li>
 *   <li>The day of receipt is not counted, and Saturdays, Sundays and public holidays (here Good
 *       Friday and Easter Monday) are not working days.</li>
 * </ul>
 */
public final class Example09AssessmentDeadline {

    private Example09AssessmentDeadline() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(9, args);
        // 1. The matter becomes pending: a relative calls on the Wednesday before Easter.
        lessons.step(1);
        LocalDate pending = LocalDate.of(2025, 4, 16);

        // 2. Find the legal number in force on that day.
        lessons.step(2);
        RuleSet rules = RuleBook.finland().getEffective(pending);
        int workingDays = rules.getInt(LegalNumber.ASSESSMENT_START_WORKING_DAYS);

        // 3. Count working days from the next day on.
        lessons.step(3);
        LocalDate deadline = FinnishCalendar.addWorkingDays(pending, workingDays);

        // 4. Show the days in between, and why some of them do not count.
        lessons.step(4);
        System.out.println("Matter pending:      " + pending + " (" + pending.getDayOfWeek() + ")");
        System.out.println("Working days:        " + workingDays + " (" + rules.getSource() + ")");
        for (LocalDate day = pending.plusDays(1); !day.isAfter(deadline); day = day.plusDays(1)) {
            Optional<PublicHoliday> holiday = FinnishCalendar.holidayOn(day);
            String note = FinnishCalendar.isWorkingDay(day) ? "working day"
                    : holiday.map(h -> "holiday: " + h.getName(lessons.locale())).orElse("weekend");
            System.out.println("  " + day + " " + day.getDayOfWeek() + " - " + note);
        }
        System.out.println("Assessment must start by: " + deadline + " (" + deadline.getDayOfWeek() + ")");
        lessons.notices();
    }
}
