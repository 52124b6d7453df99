package io.github.polku.examples;

import io.github.polku.client.ClientId;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.contact.AnonymousChannel;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.contact.ContactActivity;
import io.github.polku.path.ContactChannel;
import io.github.polku.path.FirstContact;
import io.github.polku.path.PathId;
import io.github.polku.path.RehabilitationPath;
import io.github.polku.validation.InvalidValueException;
import io.github.polku.validation.PolkuValidator;
import io.github.polku.validation.ValidationReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A low-threshold meeting place and outreach work (fi: matalan kynnyksen kohtaamispaikka ja etsivä
 * työ, sv: lågtröskelmötesplats och uppsökande arbete), as in Meidän Tupa in Central Finland and
 * the SOSKU sub-project of the Forssa region.
 * <p>
 * <b>What this shows.</b> People drop in for coffee and are met as people, not as "a bundle of
 * problems"; a social counsellor visits every municipality of the area at least once a month. None
 * of these contacts records who was there. Only when a visitor asks for help and chooses to become
 * a client does a rehabilitation path start, with a pseudonymous client id.
 * <p>
 * <b>Things to notice.</b>
 * <ul>
 *   <li>{@code AnonymousContact} has no attribute for a name, an identity code or free text about a
 *       person: it cannot hold client data, so the threshold stays low by design.</li>
 *   <li>The contacts can still be counted: people met, and which month a municipality was missed.</li>
 *   <li>The new path is never linked to the anonymous contacts; its first contact only says that it
 *       came through the meeting place.</li>
 *   <li>A contact with nobody in it is meaningless and is refused when it is built (tier 1).</li>
 * </ul>
 */
public final class Example03LowThresholdAndOutreach {

    private static final Organiser COUNTY = Organiser.of(OrganiserType.WELLBEING_SERVICES_COUNTY, "KESKI_SUOMI");

    private Example03LowThresholdAndOutreach() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --lang fi|sv|en}: the language of the lessons and messages (default: the locale)
     */
    public static void main(String[] args) {
        ExampleData.quietLogs();
        Lessons lessons = Lessons.of(3, args);
        // 1. Coffee mornings at the meeting place: only date, place, what was done and how many came.
        lessons.step(1);
        List<AnonymousContact> contacts = new ArrayList<>();
        int[] visitors = {7, 9, 6, 8};
        for (int week = 0; week < visitors.length; week++) {
            contacts.add(contact(LocalDate.of(2025, 3, 5).plusWeeks(week), "Fictional Tupa meeting place",
                    AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE, visitors[week], ContactActivity.CONVERSATION));
        }

        // 2. The social counsellor's monthly outreach round through every municipality of the area.
        lessons.step(2);
        List<String> municipalities = List.of("Kannonkoski", "Karstula", "Kivijärvi", "Kyyjärvi", "Saarijärvi");
        for (int month = 1; month <= 3; month++) {
            for (int i = 0; i < municipalities.size(); i++) {
                if (month == 2 && i == 3) {
                    continue; // in February the counsellor was ill on the day of the Kyyjärvi visit
                }
                contacts.add(contact(LocalDate.of(2025, month, 10 + i), municipalities.get(i) + " library (fictional visit)",
                        AnonymousChannel.OUTREACH, 2 + (i + month) % 3, ContactActivity.SERVICE_GUIDANCE));
            }
        }

        // 3. Count what happened, without knowing who was there.
        lessons.step(3);
        int people = contacts.stream().mapToInt(AnonymousContact::getPeopleCount).sum();
        System.out.println("Anonymous contacts: " + contacts.size() + ", people met: " + people);
        for (String municipality : municipalities) {
            Set<YearMonth> missed = new TreeSet<>(List.of(YearMonth.of(2025, 1), YearMonth.of(2025, 2), YearMonth.of(2025, 3)));
            contacts.stream().filter(c -> c.getPlace().startsWith(municipality))
                    .forEach(c -> missed.remove(YearMonth.from(c.getDate())));
            System.out.println("  Outreach " + municipality + ": " + (missed.isEmpty() ? "visited every month" : "missed " + missed));
        }

        PolkuValidator validator = PolkuValidator.shared();
        // 4. Validate every contact; the organiser must be in charge on the date.
        lessons.step(4);
        ValidationReport report = ValidationReport.empty();
        for (AnonymousContact contact : contacts) {
            report = report.and(validator.validate(contact));
        }
        System.out.println("Contacts valid:     " + report.isValid());

        // 5. On 26 March a visitor asks for help and chooses to become a client: a path starts.
        lessons.step(5);
        RehabilitationPath path = RehabilitationPath.builder().id(PathId.of("P-DEMO-0301"))
                .clientId(ClientId.of("C-DEMO-0301")).organiser(COUNTY)
                .firstContact(FirstContact.of(LocalDate.of(2025, 3, 26), ContactChannel.LOW_THRESHOLD_MEETING_PLACE))
                .build();
        System.out.println("New path:           " + path.getId().getValue() + " via " + path.getFirstContact().getChannel()
                + ", stage " + path.getStage() + ", valid " + validator.validate(path).isValid());

        // 6. A contact with nobody in it cannot be built.
        lessons.step(6);
        try {
            contact(LocalDate.of(2025, 3, 27), "Fictional Tupa meeting place", AnonymousChannel.LOW_THRESHOLD_MEETING_PLACE,
                    0, ContactActivity.CONVERSATION);
        } catch (InvalidValueException e) {
            System.out.println("Empty contact:      refused, " + e.getViolations().get(0).getCode());
        }
        lessons.notices();
    }

    private static AnonymousContact contact(LocalDate date, String place, AnonymousChannel channel, int people,
            ContactActivity activity) {
        return AnonymousContact.builder().date(date).place(place).channel(channel).addActivity(activity)
                .peopleCount(people).organiser(COUNTY).build();
    }
}
