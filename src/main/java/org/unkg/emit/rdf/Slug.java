package org.unkg.emit.rdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable path segments from names: lower case ASCII letters and digits joined by hyphens.
 * {@code "Organization for Security and Co-operation in Europe"} gives
 * {@code organization-for-security-and-co-operation-in-europe}; accents are dropped ({@code San José} gives
 * {@code san-jose}).
 */
final class Slug {
    private Slug() {
    }

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String s = ascii.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replace("'", "").replace("\u2019", "")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }
}
