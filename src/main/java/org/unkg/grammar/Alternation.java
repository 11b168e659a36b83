package org.unkg.grammar;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles literal phrases of a table into one regex alternation: longest first, so that the longest phrase wins;
 * each phrase quoted; a space in a phrase matches any run of white space (a phrase may break over lines).
 *
 * <pre>{@code
 * Alternation.of(List.of("Assembly", "General Assembly"));  // "General\\s+Assembly|Assembly"
 * }</pre>
 */
public final class Alternation {
    private Alternation() {
    }

    /** The alternation of {@code phrases} (no group around it). */
    public static String of(Collection<String> phrases) {
        Set<String> unique = new LinkedHashSet<>(phrases);
        return unique.stream().filter(p -> !p.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Alternation::phrase).collect(Collectors.joining("|"));
    }

    /** One phrase as a regex: quoted, its spaces as {@code \s+}. */
    public static String phrase(String p) {
        return java.util.Arrays.stream(p.strip().split("\\s+")).map(Pattern::quote).collect(Collectors.joining("\\s+"));
    }
}
