package org.unkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.unkg.emit.ExtractionSink;
import org.unkg.emit.JsonReportSink;
import org.unkg.emit.rdf.IriScheme;
import org.unkg.emit.rdf.RdfEmitter;
import org.unkg.extract.Extractor;
import org.unkg.model.Extraction;
import org.unkg.model.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code unkg extract [--format json|turtle|nquads] FILE...}: prints what the extractor reads in each file. A file
 * that cannot be read gets a {@code FILE: reason} line on stderr (and an object with {@code error} in the JSON);
 * the other files go on. As the report contract says, the exit status is non-zero (1) only when every file failed:
 * scripts read the per-file {@code error} fields for the rest.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract each resolution's identity and citations and print them.")
public final class ExtractCommand implements Callable<Integer> {

    /** Output forms of {@code extract}. */
    enum Format { json, turtle, nquads, trig }

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    FileSizeOption maxFileSize = new FileSizeOption();

    @picocli.CommandLine.Mixin
    FileTimeOption maxFileTime = new FileTimeOption();

    @Option(names = "--format", defaultValue = "json", description = "json (the report contract), turtle, trig or nquads.")
    Format format;

    @Option(names = "--base", defaultValue = IriScheme.DEFAULT_BASE, description = "Base IRI for the RDF forms.")
    String base;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Resolution files (text, markdown, ODS dump, PDF); a folder stands for its files, sorted.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionSink sink = switch (format) {
            case json -> new JsonReportSink(out);
            case turtle, trig -> new RdfEmitter(new IriScheme(base), rdf(out, Lang.TRIG));
            case nquads -> new RdfEmitter(new IriScheme(base), rdf(out, Lang.NQUADS));
        };
        int[] failed = {0};
        int[] read = {0};
        ExtractionSink reporting = new ExtractionSink() {
            @Override
            public void extraction(Extraction x) {
                read[0]++;
                sink.extraction(x);
            }

            @Override
            public void failed(Problem p) {
                failed[0]++;
                err.println(p);
                sink.failed(p);
            }
        };
        sink.start();
        Extractor.builder().reader(new org.unkg.source.SourceReader(maxFileSize.bytes()))
                .maxFileTime(maxFileTime.duration()).build().run(expand(files), reporting);
        sink.finish();
        out.flush();
        err.flush();
        return read[0] == 0 && failed[0] > 0 ? Unkg.SOME_FAILED : Unkg.OK;
    }

    /** Folders stand for the regular files under them, in name order; files stay where they were given. */
    private static List<Path> expand(List<Path> given) {
        List<Path> out = new java.util.ArrayList<>();
        for (Path p : given) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (java.util.stream.Stream<Path> s = java.nio.file.Files.walk(p)) {
                    s.filter(java.nio.file.Files::isRegularFile).sorted().forEach(out::add);
                } catch (java.io.IOException e) {
                    out.add(p); // reading it will report the reason
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static StreamRDF rdf(PrintWriter out, Lang lang) {
        // picocli prints through writers; Jena's streaming writers take bytes
        java.io.OutputStream bytes = org.apache.commons.io.output.WriterOutputStream.builder().setWriter(out)
                .setCharset(java.nio.charset.StandardCharsets.UTF_8).setWriteImmediately(true).getUnchecked();
        return StreamRDFWriter.getWriterStream(bytes, lang);
    }
}
