package io.github.polku.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * Builds the command line and runs it: the wiring between picocli, the commands and the exit status.
 */
final class Polku {

    /** The heading of the list of exit statuses in the help of every command. */
    static final String EXIT_STATUS_HEADING = "%nExit status:%n";

    private Polku() {
    }

    /**
     * Runs the command and returns its exit status; never throws, never prints a stack trace.
     */
    static int run(Environment env, String... args) {
        return execute(env, new FacadeChecker(), args);
    }

    static int execute(Environment env, DocumentChecker checker, String... args) {
        try {
            return checkOutput(env, commandLine(env, checker, args).execute(args));
        } catch (RuntimeException | LinkageError | VirtualMachineError e) {
            // GH-7: even running out of memory or stack ends with one line, never a stack trace.
            return internalError(env, e);
        }
    }

    /**
     * GH-21: a write that failed (a full disk, {@code > /dev/full}) is an I/O problem, status 2, even if
     * the command finished; the output stream is checked after the last write. A reader that went away
     * (status 2 already) stays silent.
     */
    static int checkOutput(Environment env, int status) {
        if (env.out().checkError() && status != ExitStatus.USAGE && status != ExitStatus.INTERNAL) {
            env.err().println(CliText.of(Language.choose(null, env)).get("io.cannotWrite"));
            return ExitStatus.USAGE;
        }
        return status;
    }

    static CommandLine commandLine(Environment env, DocumentChecker checker) {
        return commandLine(env, checker, new String[0]);
    }

    /**
     * The command line for these arguments. GH-18, start-up: when the first argument names a command, only
     * that command is built (picocli reads each command's annotations when it is added, some 50 ms of CPU
     * for the six others); otherwise, as for {@code --help} or a misspelt command, all of them.
     */
    static CommandLine commandLine(Environment env, DocumentChecker checker, String... args) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("validate", () -> new ValidateCommand(env, checker));
        commands.put("schema", () -> new SchemaCommand(env));
        commands.put("report", () -> new ReportCommand(env, checker));
        commands.put("codes", () -> new CodesCommand(env));
        commands.put("init", () -> new InitCommand(env));
        commands.put("explain", () -> new ExplainCommand(env));
        commands.put("convert", () -> new ConvertCommand(env));
        CommandLine cl = new CommandLine(new PolkuCommand());
        if (args.length > 0 && commands.containsKey(args[0])) {
            cl.addSubcommand(commands.get(args[0]).get());
        } else {
            for (Supplier<Object> command : commands.values()) {
                cl.addSubcommand(command.get());
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        // GH-18: a bad date is a usage problem with a plain message, never a Java exception name
        cl.registerConverter(LocalDate.class, Polku::isoDate);
        // What every command has in common is said here once: --help and --version, the version of the
        // jar, and the heading of its exit statuses.
        VersionProvider version = new VersionProvider();
        List<CommandLine> all = new ArrayList<>();
        all.add(cl);
        all.addAll(cl.getSubcommands().values());
        for (CommandLine command : all) {
            command.getCommandSpec().versionProvider(version).mixinStandardHelpOptions(true)
                    .usageMessage().exitCodeListHeading(EXIT_STATUS_HEADING);
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(env.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(env.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler(new UsageProblem());
        cl.setExecutionExceptionHandler(new InternalProblem(env));
        return cl;
    }

    /** Reads an ISO date, {@code YYYY-MM-DD}; anything else is a usage problem with a plain message. */
    static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a valid date; expected YYYY-MM-DD, "
                    + "for example 2025-01-31");
        }
    }

    static int internalError(Environment env, Throwable e) {
        // One line; the message of a parser exception may quote the input, so only the type is shown.
        env.out().flush();
        env.err().println("polku: internal error (" + e.getClass().getName() + "); please report it");
        return ExitStatus.INTERNAL;
    }

    /** Unknown options and missing arguments: the problem, a hint, exit status 2. */
    private static final class UsageProblem implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println("polku: " + ex.getMessage());
            err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
            return ExitStatus.USAGE;
        }
    }

    /** Anything a command throws is a bug: one line, exit status 3. */
    private static final class InternalProblem implements IExecutionExceptionHandler {
        private final Environment env;

        InternalProblem(Environment env) {
            this.env = env;
        }

        @Override
        public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
            if (ex instanceof ParameterException) {
                return new UsageProblem().handleParseException((ParameterException) ex, new String[0]);
            }
            return internalError(env, ex);
        }
    }
}
