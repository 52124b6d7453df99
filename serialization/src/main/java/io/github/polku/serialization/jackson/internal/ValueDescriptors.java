package io.github.polku.serialization.jackson.internal;

import io.github.polku.calendar.DateRange;
import io.github.polku.client.Organiser;
import io.github.polku.client.OrganiserType;
import io.github.polku.contact.AnonymousContact;
import io.github.polku.measurement.Dimension;
import io.github.polku.serialization.jackson.AnonymousContactBatch;
import io.github.polku.service.Schedule;
import io.github.polku.service.VoucherValue;
import io.github.polku.service.VoucherValueUnit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hand-written descriptors of the values built by factories (organisers, date ranges,
 * voucher values, schedules, batches of anonymous contacts), and what the schemas say of
 * organiser codes and dimension codes beyond their kinds.
 */
final class ValueDescriptors {

    private ValueDescriptors() {
    }

    static void register(Descriptors r) {
        DescriptorBuilder<Organiser> organiser = r.describe(Organiser.class);
        Prop<OrganiserType> type = organiser.required("type", r.code(OrganiserType.class), Organiser::getType);
        Prop<String> code = organiser.required("code", Kinds.STRING, Organiser::getCode);
        organiser.register(v -> Organiser.of(v.get(type), v.get(code)));

        DescriptorBuilder<DateRange> range = r.describe(DateRange.class);
        Prop<LocalDate> start = range.required("start", Kinds.DATE_KIND, DateRange::getStart);
        Prop<LocalDate> end = range.optional("end", Kinds.DATE_KIND, DateRange::getEnd);
        range.register(v -> DateRange.of(v.get(start), Optional.ofNullable(v.get(end))));

        DescriptorBuilder<VoucherValue> voucher = r.describe(VoucherValue.class);
        Prop<BigDecimal> euros = voucher.required("euros", Kinds.DECIMAL, VoucherValue::getEuros);
        Prop<VoucherValueUnit> unit = voucher.required("unit", r.code(VoucherValueUnit.class), VoucherValue::getUnit);
        voucher.register(v -> VoucherValue.of(v.get(euros), v.get(unit)));

        DescriptorBuilder<AnonymousContactBatch> batch = r.describe(AnonymousContactBatch.class);
        Prop<Collection<AnonymousContact>> contacts = batch.collection("contacts",
                new ListKind(r.object(AnonymousContact.class), false), AnonymousContactBatch::getContacts);
        batch.register(v -> AnonymousContactBatch.of(List.copyOf(v.getOrDefault(contacts, List.of()))));

        DescriptorBuilder<Schedule> schedule = r.describe(Schedule.class);
        Prop<Integer> sessions = schedule.required("sessionsPerWeek", Kinds.INTEGER, Schedule::getSessionsPerWeek);
        Prop<BigDecimal> hours = schedule.required("hoursPerSession", Kinds.DECIMAL, Schedule::getHoursPerSession);
        schedule.register(v -> Schedule.of(v.get(sessions), v.get(hours)));

        r.refine(Organiser.class, t -> organiserCodes(r, t));
        r.refine(Dimension.class, t -> Descriptors.pattern(t, "code", "^[A-Za-z][A-Za-z0-9_]{0,63}$", Descriptors.MAX_CODE_LENGTH));
    }

    /** The schema of an organiser: the code a type of organiser takes, listed or by its syntax. */
    private static void organiserCodes(Descriptors r, ObjectNode t) {
        ArrayNode cases = t.putArray("allOf");
        for (OrganiserType type : OrganiserType.values()) {
            ObjectNode when = cases.addObject();
            ObjectNode condition = when.putObject("if");
            condition.putObject("properties").putObject("type").put("const", r.codes(OrganiserType.class).codeOf(type));
            condition.putArray("required").add("type");
            ObjectNode code = when.putObject("then").putObject("properties").putObject("code");
            switch (type) {
                case WELLBEING_SERVICES_COUNTY:
                case CITY_OF_HELSINKI:
                    ArrayNode known = code.putArray("enum");
                    Organiser.since2023().stream().filter(o -> o.getType() == type).forEach(o -> known.add(o.getCode()));
                    break;
                case MUNICIPALITY:
                    code.put("pattern", "^[0-9]{3}$");
                    break;
                default:
                    code.put("pattern", Kinds.IDENTIFIER_PATTERN);
                    code.putObject("not").put("pattern", Kinds.IDENTITY_CODE_PATTERN);
                    break;
            }
        }
    }
}
