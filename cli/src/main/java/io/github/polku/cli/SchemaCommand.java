package io.github.polku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code polku schema}: prints the shipped JSON Schema of a document type, or lists the types.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema (2020-12) of a document type, as shipped in polku-serialization.",
            "Without DOCUMENT_TYPE, lists the document types."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:unknown document type or usage problem", "3:internal error"})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT_TYPE", arity = "0..1",
            description = "The document type, for example REHABILITATION_PATH.")
    String documentType;

    private final Environment env;

    SchemaCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        env.err().println("polku: schemas are not available yet");
        return ExitStatus.USAGE;
    }
}
