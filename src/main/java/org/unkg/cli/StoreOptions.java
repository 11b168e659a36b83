package org.unkg.cli;

import java.nio.file.Path;

import org.unkg.emit.rdf.IriScheme;

import picocli.CommandLine.Option;

/** The options every store command shares: where the store is, and the base IRI its things are named under. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "unkg-db",
            description = "The TDB2 store (default: ${DEFAULT-VALUE}, in the current directory).")
    Path db;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriScheme.DEFAULT_BASE,
            description = "Base IRI of unkg's things and graphs (default: ${DEFAULT-VALUE}).")
    String base;

    IriScheme iris() {
        return new IriScheme(base);
    }
}
