package org.unkg.model;

/**
 * Something wrong with one input, said in a plain sentence, with where it happened.
 *
 * @param level  how bad it is
 * @param file   the file as given by the user
 * @param offset character offset in the file, or -1 when the problem concerns the whole file
 * @param message a plain sentence, e.g. {@code "the PDF is encrypted"}
 */
public record Problem(Level level, String file, long offset, String message) {

    /** How bad a problem is: a warning keeps the file's results, an error or fatal discards them. */
    public enum Level { WARNING, ERROR, FATAL }

    /** An error about a whole file. */
    public static Problem error(String file, String message) {
        return new Problem(Level.ERROR, file, -1, message);
    }

    /** A warning about a whole file. */
    public static Problem warning(String file, String message) {
        return new Problem(Level.WARNING, file, -1, message);
    }

    /** The line the CLI prints: {@code FILE: reason}. */
    @Override
    public String toString() {
        return file + ": " + (level == Level.WARNING ? "warning: " : "") + message;
    }
}
