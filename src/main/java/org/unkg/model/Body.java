package org.unkg.model;

import java.util.List;

/**
 * A UN organ, subsidiary body, office, or other international body named in a resolution.
 *
 * <pre>{@code
 * new Body("United Nations Office on Drugs and Crime", List.of("UNODC"), null);
 * new Body("Counter-Terrorism Committee", List.of("CTC"), "1373 (2001)");
 * }</pre>
 *
 * @param name          canonical name
 * @param altNames      abbreviations and other names
 * @param establishedBy normalized number of the resolution that established it, where known (SC numbers
 *                      read {@code 1373 (2001)}, GA numbers {@code 48/141})
 */
public record Body(String name, List<String> altNames, String establishedBy) {
    public Body {
        altNames = altNames == null ? List.of() : List.copyOf(altNames);
    }
}
