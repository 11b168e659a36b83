/**
 * The command line: one picocli class per subcommand ({@code extract}, {@code ingest}, {@code remove},
 * {@code query}, {@code serve}, {@code export}), each a {@code Callable<Integer>} printing only through picocli's
 * writers. Sits on top of the pipeline, the store, the server and the exporter and calls down into them, never the
 * other way. Exit status: 0 ok, 1 some inputs failed, 2 usage error, 3 the store is in use by another process.
 */
package org.unkg.cli;
