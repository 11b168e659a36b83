package org.unkg.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code unkg} command line. With no subcommand it runs the main job (ingest {@code data/}, then serve).
 *
 * <pre>{@code
 * java -jar target/unkg.jar extract --format json data/seeds/*.txt
 * java -jar target/unkg.jar            # ingest data/ and serve http://127.0.0.1:3030/
 * java -jar target/unkg.jar query --name cited-by --param res=35/168
 * }</pre>
 *
 * Exit status: 0 all went well, 1 some inputs failed, 2 usage error, 3 the store is in use by another process.
 */
@Command(name = "unkg", mixinStandardHelpOptions = true, version = "unkg 0.1.0",
        description = {"The open knowledge graph of United Nations resolutions.",
            "With no command: ingest data/ into ./unkg-db and serve it at http://127.0.0.1:3030/."},
        subcommands = {ExtractCommand.class, IngestCommand.class, RemoveCommand.class, QueryCommand.class,
            ServeCommand.class, ExportCommand.class, NetworkCommand.class})
public final class Unkg implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Exit status when every input was processed. */
    public static final int OK = 0;
    /** Exit status when some input files failed. */
    public static final int SOME_FAILED = 1;
    /** Exit status for a usage error. */
    public static final int USAGE = 2;
    /** Exit status when the store is open in another running process (a server, another ingest); nothing changed. */
    public static final int STORE_IN_USE = 3;

    /** The main job: ingest {@code data/} into the default store, then serve it (printing the URLs) until stopped. */
    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        int ingested = cl.getSubcommands().get("ingest").execute();
        if (ingested == USAGE || ingested == STORE_IN_USE) {
            return ingested;
        }
        return cl.getSubcommands().get("serve").execute();
    }

    /** A command line configured as {@code main} runs it; tests use this to capture output. */
    public static CommandLine commandLine() {
        return new CommandLine(new Unkg()); // picocli already exits 2 on invalid input
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
