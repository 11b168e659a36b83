package org.unkg.emit.rdf;

import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;

/** Validates one graph against {@code ontology/shapes.ttl} and says what failed in plain lines. */
final class Validation {
    private Validation() {
    }

    static ValidationReport validate(Graph g) {
        return ShaclValidator.get().validate(Ontology.shapes(), g);
    }

    static String describe(ValidationReport r) {
        return r.getEntries().stream().map(Validation::line).collect(Collectors.joining("\n"));
    }

    static String line(ReportEntry e) {
        return e.focusNode() + " " + (e.resultPath() == null ? "" : e.resultPath() + " ") + e.message();
    }
}
