package org.unkg.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The principal organs whose resolutions unkg identifies by symbol.
 *
 * <pre>{@code
 * Organ.GENERAL_ASSEMBLY.label();        // "General Assembly"
 * Organ.fromLabel("Security Council");   // Optional[SECURITY_COUNCIL]
 * }</pre>
 */
public enum Organ {
    GENERAL_ASSEMBLY("General Assembly", "A"),
    SECURITY_COUNCIL("Security Council", "S");

    private final String label;
    private final String symbolPrefix;

    Organ(String label, String symbolPrefix) {
        this.label = label;
        this.symbolPrefix = symbolPrefix;
    }

    /** The organ's name as the UN writes it, e.g. {@code "General Assembly"}. */
    public String label() {
        return label;
    }

    /** The first element of the organ's document symbols: {@code A} or {@code S}. */
    public String symbolPrefix() {
        return symbolPrefix;
    }

    /** The organ named by {@code label}, ignoring case. */
    public static Optional<Organ> fromLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (Organ o : values()) {
            if (o.label.toLowerCase(Locale.ROOT).equals(l)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
