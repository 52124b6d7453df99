/**
 * Polku's example programs. The module requires only the published API, so an example that used
 * an internal package would not compile.
 */
module io.github.polku.examples {
    requires io.github.polku.serialization;
    // only to keep Hibernate Validator's start-up line out of the programs' output
    requires java.logging;

    exports io.github.polku.examples;
}
