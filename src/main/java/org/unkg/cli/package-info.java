/**
 * The command line: one picocli class per subcommand, each a {@code Callable<Integer>} printing only through
 * picocli's writers. Sits on top of the pipeline and calls down into it, never the other way.
 */
package org.unkg.cli;
