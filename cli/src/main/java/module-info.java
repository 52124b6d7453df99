/**
 * Polku command line: the {@code polku} command for integrators who do not write Java. It validates
 * exchange documents, prints the shipped JSON Schemas and summarises a cohort.
 * <p>
 * The module exports its entry point only; the commands are internal. {@code polku convert} uses
 * {@code polku-fhir}, which is read from the class path ({@code --add-reads io.github.polku.cli=ALL-UNNAMED}):
 * HAPI FHIR's jars name no modules, so neither can polku-fhir's module descriptor. The runnable jar
 * {@code polku.jar} runs the same classes on the class path.
 *
 * @since 0.1.0
 */
module io.github.polku.cli {
    requires io.github.polku.serialization;
    requires info.picocli;
    requires java.logging;

    exports io.github.polku.cli;

    // picocli reads and sets the annotated option fields of the commands.
    opens io.github.polku.cli to info.picocli;
}
