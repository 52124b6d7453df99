package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentType;
import io.github.polku.serialization.jackson.JsonSchemas;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code polku schema}: prints the shipped JSON Schema of a document type, or lists the types.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {
            "Prints the JSON Schema (2020-12) of a document type, exactly as shipped in polku-serialization.",
            "Without DOCUMENT_TYPE, lists the document types, one per line."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "2:unknown document type or usage problem", "3:internal error"})
final class SchemaCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT_TYPE", arity = "0..1",
            description = "The document type: its code (REHABILITATION_PATH) or file name (rehabilitation-path), "
                    + "in any case.")
    String documentType;

    private final Environment env;

    SchemaCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        if (documentType == null) {
            for (DocumentType type : DocumentType.values()) {
                env.out().println(type.getCode());
            }
            env.out().flush();
            return ExitStatus.OK;
        }
        Optional<DocumentType> type = find(documentType);
        if (type.isEmpty()) {
            env.err().println("polku: unknown document type; one of: " + String.join(", ", codes()));
            return ExitStatus.USAGE;
        }
        String schema = JsonSchemas.of(type.get());
        env.out().print(schema.endsWith("\n") ? schema : schema + "\n");
        env.out().flush();
        return ExitStatus.OK;
    }

    static Optional<DocumentType> find(String name) {
        for (DocumentType type : DocumentType.values()) {
            if (type.getCode().equalsIgnoreCase(name) || type.getFileName().equalsIgnoreCase(name)
                    || type.getCode().equalsIgnoreCase(name.replace('-', '_').toUpperCase(Locale.ROOT))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static String[] codes() {
        DocumentType[] types = DocumentType.values();
        String[] codes = new String[types.length];
        for (int i = 0; i < types.length; i++) {
            codes[i] = types[i].getCode();
        }
        return codes;
    }
}
