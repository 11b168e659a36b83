package org.unkg.emit;

import org.unkg.model.Extraction;
import org.unkg.model.Problem;

/**
 * Receives what the extractor read, one file at a time, as Jena's {@code StreamRDF} receives triples. The JSON
 * report, the RDF emitter, the TDB2 writer and the counters are sinks; the extractor does not know which one follows.
 * A file is the unit: a sink sees either its whole {@link Extraction} or one {@link Problem} that failed it.
 *
 * <pre>{@code
 * ExtractionSink sink = new JsonReportSink(out);
 * sink.start();
 * extractor.run(files, sink);
 * sink.finish();
 * }</pre>
 *
 * Implementations need not be thread-safe: the extractor calls a sink from one thread at a time.
 */
public interface ExtractionSink {

    /** Called once before the first file. */
    default void start() {
    }

    /** One file read completely. */
    void extraction(Extraction x);

    /** One file that could not be read; {@code p.file()} names it. */
    void failed(Problem p);

    /** Called once after the last file. */
    default void finish() {
    }
}
