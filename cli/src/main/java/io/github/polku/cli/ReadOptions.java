package io.github.polku.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The options of the commands that read documents ({@code validate} and {@code report}), declared
 * once and mixed into both: the date the documents are judged on, leniency towards unknown
 * properties, and the language of the output.
 */
final class ReadOptions {

    @Option(names = "--on", paramLabel = "DATE",
            description = "The date the documents are judged on, YYYY-MM-DD: no event they record may be dated "
                    + "after it; report also evaluates the quality criteria on it (default: today in Finland).")
    LocalDate on;

    @Option(names = "--lenient",
            description = "Accept unknown properties with a warning instead of an error (for newer senders).")
    boolean lenient;

    @Option(names = "--lang", paramLabel = "fi|sv|en",
            description = "Language of the output. Default: the environment's locale if it is Finnish or "
                    + "Swedish, else English.")
    Language lang;
}
