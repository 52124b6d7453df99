package io.github.polku.cli;

import io.github.polku.serialization.jackson.DocumentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * GH-18: {@code polku init TYPE}: prints a minimal valid skeleton document of a type: every required
 * property, with placeholder values that validate (identifiers {@code *-EXAMPLE-*}, the county
 * {@code KESKI_SUOMI}, and for {@code CLIENT_IDENTITY} an artificial identity code of the 900 series,
 * which the Digital and Population Data Services Agency never gives to a person).
 */
@Command(name = "init",
        description = {
            "Prints a minimal valid skeleton document of a type: every required property, with placeholder "
                    + "values that validate. Redirect it to a file and fill it in:",
            "  polku init rehabilitation-path > path.json"},
        exitCodeList = {"0:success", "2:unknown document type or usage problem", "3:internal error"})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DOCUMENT_TYPE",
            description = "The document type: its code (REHABILITATION_PATH) or file name (rehabilitation-path), "
                    + "in any case.")
    String documentType;

    private final Environment env;

    InitCommand(Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Optional<DocumentType> type = SchemaCommand.find(documentType);
        if (type.isEmpty()) {
            env.err().println("polku: unknown document type; one of: " + String.join(", ", SchemaCommand.codes()));
            return ExitStatus.USAGE;
        }
        env.out().print(skeleton(type.get()));
        env.out().flush();
        return ExitStatus.OK;
    }

    /** The skeleton of a type, as shipped in {@code io/github/polku/cli/init/TYPE.json}. */
    static String skeleton(DocumentType type) {
        try (InputStream in = InitCommand.class.getResourceAsStream("init/" + type.getFileName() + ".json")) {
            if (in == null) {
                throw new IllegalStateException("no skeleton for " + type.getCode());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
