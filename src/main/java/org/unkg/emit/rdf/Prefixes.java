package org.unkg.emit.rdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * The prefixes unkg writes its RDF with, in one place, so that the Turtle writer, the TriG export, RDF4J's Rio
 * writers and the SPARQL endpoint's examples all say {@code eli:} and {@code cito:} the same way.
 *
 * <pre>{@code
 * PrefixMap pm = Prefixes.standard();                  // Jena
 * Prefixes.asMap().forEach(rioWriter::handleNamespace); // RDF4J Rio
 * }</pre>
 */
public final class Prefixes {
    private static final Map<String, String> MAP = build();

    private Prefixes() {
    }

    /** Prefix to namespace, in a stable order; unmodifiable. */
    public static Map<String, String> asMap() {
        return MAP;
    }

    /** A fresh Jena prefix map holding {@link #asMap()}; the caller may add to it. */
    public static PrefixMap standard() {
        return PrefixMapFactory.create(MAP);
    }

    /** The full IRI for a prefixed name such as {@code cito:cites}; fails on an unknown prefix. */
    public static String expand(String curie) {
        int colon = curie.indexOf(':');
        String ns = colon < 0 ? null : MAP.get(curie.substring(0, colon));
        if (ns == null) {
            throw new IllegalArgumentException("not a prefixed name with a known prefix: " + curie);
        }
        return ns + curie.substring(colon + 1);
    }

    private static Map<String, String> build() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("unkg", Unkg.NS);
        m.put("eli", Vocab.Eli.NS);
        m.put("cito", Vocab.Cito.NS);
        m.put("oa", Vocab.Oa.NS);
        m.put("prov", Vocab.Prov.NS);
        m.put("dcterms", DCTerms.NS);
        m.put("skos", SKOS.uri);
        m.put("foaf", Vocab.Foaf.NS);
        m.put("rdf", RDF.uri);
        m.put("rdfs", RDFS.uri);
        m.put("owl", OWL.NS);
        m.put("xsd", XSD.NS);
        return Collections.unmodifiableMap(m);
    }
}
