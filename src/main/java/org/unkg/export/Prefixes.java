package org.unkg.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The namespace prefixes unkg's RDF is written with: one list, used by export, the server's documents and the
 * named queries' output.
 *
 * <pre>{@code
 * Map<String, String> p = Prefixes.standard();          // rdf, rdfs, xsd, ..., unkg
 * Map<String, String> all = Prefixes.with(store.prefixes()); // plus those the store recorded
 * }</pre>
 *
 * {@code org.unkg.emit.rdf} has no prefix map yet; when it has one, this class should read it instead of naming
 * the ontology namespace itself.
 */
public final class Prefixes {
    /** The ontology namespace, as {@code org.unkg.emit.rdf} mints it. */
    public static final String UNKG = "https://unkg.org/ontology#";

    private static final Map<String, String> STANDARD = standardMap();

    private Prefixes() {
    }

    private static Map<String, String> standardMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        m.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        m.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        m.put("owl", "http://www.w3.org/2002/07/owl#");
        m.put("dcterms", "http://purl.org/dc/terms/");
        m.put("prov", "http://www.w3.org/ns/prov#");
        m.put("void", "http://rdfs.org/ns/void#");
        m.put("unkg", UNKG);
        m.put("store", "https://unkg.org/store#"); // the store catalog's vocabulary (org.unkg.store.Catalog.NS)
        return Collections.unmodifiableMap(m);
    }

    /** The standard prefixes, prefix to namespace. */
    public static Map<String, String> standard() {
        return new LinkedHashMap<>(STANDARD);
    }

    /** The standard prefixes, then those of {@code stored} that do not clash with them. */
    public static Map<String, String> with(Map<String, String> stored) {
        Map<String, String> m = standard();
        stored.forEach(m::putIfAbsent);
        return m;
    }
}
