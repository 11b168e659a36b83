package org.unkg.extract;

import java.nio.file.Path;
import java.util.List;

import org.unkg.emit.ExtractionSink;
import org.unkg.model.Extraction;
import org.unkg.normalize.Normalizer;
import org.unkg.recognize.Recognizer;
import org.unkg.resolve.Resolver;
import org.unkg.segment.Segmenter;
import org.unkg.model.Problem;
import org.unkg.source.SourceException;
import org.unkg.source.SourceReader;
import org.unkg.source.SourceText;

/**
 * The extraction pipeline: source, normalize, segment, recognize, resolve. Immutable once built; safe to share
 * between threads.
 *
 * <pre>{@code
 * Extractor ex = Extractor.builder().build();
 * Extraction x = ex.extract(Path.of("resolution.txt"));
 * ex.run(List.of(a, b), sink);   // each file to the sink, failures as problems
 * }</pre>
 */
public final class Extractor {
    private final SourceReader reader;

    private Extractor(Builder b) {
        this.reader = b.reader;
    }

    /** A builder with the default source reader. */
    public static Builder builder() {
        return new Builder();
    }

    /** Reads and extracts one file. */
    public Extraction extract(Path file) throws SourceException {
        return extract(reader.read(file));
    }

    /** Extracts an already-read source text. */
    public Extraction extract(SourceText source) {
        return Resolver.resolve(Recognizer.recognize(Segmenter.segment(Normalizer.normalize(source))));
    }

    /** Extracts every file in order, handing each result or failure to {@code sink} (not calling start/finish). */
    public void run(List<Path> files, ExtractionSink sink) {
        for (Path f : files) {
            Extraction x;
            try {
                x = extract(f);
            } catch (SourceException e) {
                sink.failed(Problem.error(f.toString(), e.getMessage()));
                continue;
            } catch (RuntimeException e) {
                // a defect of the extractor on one text must not end the run over the others
                sink.failed(Problem.error(f.toString(), "the extractor failed on this text (" + e + ")"));
                continue;
            }
            sink.extraction(x);
        }
    }

    /** Builder for {@link Extractor}. */
    public static final class Builder {
        private SourceReader reader = new SourceReader();

        public Builder reader(SourceReader r) {
            this.reader = r;
            return this;
        }

        public Extractor build() {
            return new Extractor(this);
        }
    }
}
