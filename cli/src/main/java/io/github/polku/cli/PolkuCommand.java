package io.github.polku.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code polku}: the top-level command; it only holds the subcommands.
 */
@Command(name = "polku",
        description = "Validates Polku exchange documents (Finnish social rehabilitation), prints their "
                + "JSON Schemas and summarises a cohort.",
        exitCodeList = {
            "0:every document is valid (warnings allowed)",
            "1:at least one document has an error",
            "2:usage or I/O problem",
            "3:internal error"},
        footer = {"", "Run 'polku COMMAND --help' for the options of a command."})
final class PolkuCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: validate, schema or report");
    }
}
