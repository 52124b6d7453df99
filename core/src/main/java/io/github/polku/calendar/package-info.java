/**
 * Dates for the Finnish rules: public holidays, working days (fi: arkipäivä, sv: arbetsdag) and
 * ranges of dates.
 * <p>
 * Statutory time limits in Finnish social welfare are counted in working days: the service need
 * assessment of the Social Welfare Act (1301/2014, section 36) must start by the seventh working
 * day after the matter became pending. This package knows which days those are, from the Easter
 * computus to Midsummer and All Saints' Day, without any data file or network access.
 *
 * <h2>Main types</h2>
 * <ul>
 *   <li>{@link io.github.polku.calendar.PublicHoliday} - the fifteen days off, each with its date
 *       in a year and its fi/sv/en name</li>
 *   <li>{@link io.github.polku.calendar.FinnishCalendar} - holidays on a date or in a year,
 *       working days, adding and counting working days</li>
 *   <li>{@code DateRange} - a closed or open range of dates, such as the period of a service</li>
 * </ul>
 *
 * <h2>Glossary</h2>
 * <table>
 *   <caption>Terms</caption>
 *   <tr><th>English</th><th>Suomi</th><th>Svenska</th></tr>
 *   <tr><td>public holiday</td><td>pyh\u00e4p\u00e4iv\u00e4; arkipyh\u00e4 (on a weekday)</td><td>helgdag</td></tr>
 *   <tr><td>working day</td><td>arkip\u00e4iv\u00e4</td><td>arbetsdag, vardag</td></tr>
 *   <tr><td>ordinary Saturday</td><td>arkilauantai</td><td>vardagsl\u00f6rdag</td></tr>
 *   <tr><td>eve (Midsummer, Christmas)</td><td>aatto (juhannusaatto, jouluaatto)</td><td>afton (midsommarafton, julafton)</td></tr>
 *   <tr><td>statutory time limit</td><td>m\u00e4\u00e4r\u00e4aika</td><td>tidsfrist</td></tr>
 *   <tr><td>day of receipt; becoming pending</td><td>saapumisp\u00e4iv\u00e4; vireilletulo</td><td>ankomstdag; anh\u00e4ngigg\u00f6rande</td></tr>
 *   <tr><td>date range</td><td>aikav\u00e4li</td><td>tidsintervall</td></tr>
 * </table>
 *
 * <h2>Null policy</h2>
 * Unless otherwise specified, passing a null argument to a constructor or method in this package
 * throws {@link java.lang.NullPointerException}.
 *
 * @since 0.1.0
 */
package io.github.polku.calendar;
