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
 * The vocabulary's own prefixes come from {@link org.unkg.emit.rdf.Prefixes}, the one list the emitter writes with;
 * this class adds those of the store's catalog and of VoID.
 */
public final class Prefixes {
    /** The ontology namespace, as {@code org.unkg.emit.rdf} mints it. */
    public static final String UNKG = org.unkg.emit.rdf.Unkg.NS;

    private static final Map<String, String> STANDARD = standardMap();

    private Prefixes() {
    }

    private static Map<String, String> standardMap() {
        Map<String, String> m = new LinkedHashMap<>(org.unkg.emit.rdf.Prefixes.asMap());
        m.putIfAbsent("void", "http://rdfs.org/ns/void#");
        m.putIfAbsent("store", "https://unkg.org/store#"); // the store catalog's vocabulary (org.unkg.store.Catalog.NS)
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
