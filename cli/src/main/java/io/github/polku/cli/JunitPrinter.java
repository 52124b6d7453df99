package io.github.polku.cli;

import io.github.polku.validation.Severity;
import io.github.polku.validation.Violation;
import java.io.PrintStream;
import java.util.Locale;

/**
 * GH-18: {@code polku validate --format junit}: JUnit XML as CI servers read it (Jenkins, GitLab,
 * Azure DevOps): a {@code testsuite} per file, a {@code testcase} per document, a {@code failure} per
 * error; warnings and notices are listed in the test case's {@code system-out}. A suite's counts are
 * attributes of its start tag, so each file's test cases are held until the file ends.
 */
final class JunitPrinter implements Printer {

    private final PrintStream out;
    private final CliText text;
    private final Locale locale;
    private final StringBuilder cases = new StringBuilder();
    private String file;
    private long tests;
    private long failures;

    JunitPrinter(PrintStream out, Language language) {
        this.out = out;
        this.text = CliText.of(language);
        this.locale = language.locale();
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"polku validate\">");
    }

    @Override
    public void print(Outcome outcome) {
        if (file != null && !file.equals(outcome.source())) {
            flushSuite();
        }
        file = outcome.source();
        tests++;
        String name = outcome.streamed() ? outcome.source() + " [" + outcome.index() + "]" : outcome.source();
        if (outcome.line() > 0) {
            name += " " + text.get("document.line", "line", outcome.line());
        }
        cases.append("    <testcase classname=\"").append(escape(outcome.source())).append("\" name=\"")
                .append(escape(name)).append("\" time=\"0\">\n");
        StringBuilder notes = new StringBuilder();
        boolean failed = false;
        for (Violation v : outcome.report().getViolations()) {
            String pointer = v.getPath().isEmpty() ? TextPrinter.ROOT : v.getPath();
            String line = text.severity(v.getSeverity()) + " " + pointer + " " + v.getCode() + ": " + v.getMessage(locale);
            if (v.getSeverity() == Severity.ERROR) {
                failed = true;
                cases.append("      <failure type=\"").append(escape(v.getCode())).append("\" message=\"")
                        .append(escape(pointer + " " + v.getCode() + ": " + v.getMessage(locale))).append("\">")
                        .append(escape(line)).append("</failure>\n");
            } else {
                notes.append(line).append('\n');
            }
        }
        if (failed) {
            failures++;
        }
        if (notes.length() > 0) {
            cases.append("      <system-out>").append(escape(notes.toString())).append("</system-out>\n");
        }
        cases.append("    </testcase>\n");
    }

    private void flushSuite() {
        out.print("  <testsuite name=\"" + escape(file) + "\" tests=\"" + tests + "\" failures=\"" + failures
                + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.print(cases);
        out.print("  </testsuite>\n");
        cases.setLength(0);
        tests = 0;
        failures = 0;
    }

    @Override
    public void finish(Totals totals) {
        if (file != null) {
            flushSuite();
        }
        out.println("</testsuites>");
        out.flush();
    }

    /** Escapes text for an XML attribute or element; characters XML 1.0 cannot hold become U+FFFD. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '&':
                    b.append("&amp;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\n':
                case '\t':
                    b.append(c);
                    break;
                default:
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF
                            || (Character.isSurrogate(c) && !validPair(s, i))) {
                        b.append('\uFFFD');
                    } else if (Character.isHighSurrogate(c)) {
                        b.append(c).append(s.charAt(++i));
                    } else {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
}
