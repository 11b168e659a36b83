package org.unkg.source;

/**
 * A file that cannot be read as a resolution. The message is a plain reason, without the file name, e.g.
 * {@code "the file is empty"} or {@code "the PDF is encrypted"}.
 */
public class SourceException extends Exception {
    private static final long serialVersionUID = 1L;

    public SourceException(String reason) {
        super(reason);
    }

    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
