/**
 * RDF for the knowledge graph: takes each file's {@link org.unkg.model.Extraction} and gives quads, one named
 * graph per source file, to a Jena {@link org.apache.jena.riot.system.StreamRDF}.
 *
 * <p>The public entry point is {@link org.unkg.emit.rdf.RdfEmitter}, an
 * {@link org.unkg.emit.ExtractionSink}. Around it: {@link org.unkg.emit.rdf.IriScheme} mints stable IRIs from
 * what identifies a thing (rules in {@code ontology/README.md}); {@link org.unkg.emit.rdf.Unkg} and
 * {@link org.unkg.emit.rdf.Vocab} name the terms, {@link org.unkg.emit.rdf.Prefixes} their prefixes;
 * {@link org.unkg.emit.rdf.VerbCharacters} reads the table of verbs and their CiTO citation character;
 * {@link org.unkg.emit.rdf.Ontology} loads the vocabulary and SHACL shapes from the jar, and
 * {@link org.unkg.emit.rdf.OntologyPage} renders the vocabulary as HTML.
 */
package org.unkg.emit.rdf;
