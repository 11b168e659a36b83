package org.unkg.emit.rdf;

import org.unkg.grammar.ResolutionNumbers;
import java.util.Optional;

import org.unkg.model.Organ;

/**
 * Document symbols of General Assembly and Security Council resolutions from their normalized numbers, by the UN's
 * own rule: the organ's letter, {@code /RES/}, the number. Nothing is guessed beyond that rule.
 *
 * <pre>{@code
 * ResolutionSymbols.symbol(Organ.GENERAL_ASSEMBLY, "35/168");   // "A/RES/35/168"
 * ResolutionSymbols.symbol(Organ.SECURITY_COUNCIL, "1373 (2001)"); // "S/RES/1373 (2001)"
 * ResolutionSymbols.organOf("1373 (2001)");                    // Optional[SECURITY_COUNCIL]
 * }</pre>
 */
public final class ResolutionSymbols {
    private ResolutionSymbols() {
    }

    /** The symbol of resolution {@code number} of {@code organ}: {@code A/RES/22 A (I)}, {@code S/RES/242 (1967)}. */
    public static String symbol(Organ organ, String number) {
        return organ.symbolPrefix() + "/RES/" + number.trim();
    }

    /** The organ whose resolution {@code symbol} is, from its prefix: {@code A/RES/} or {@code S/RES/}. */
    public static Optional<Organ> organOfSymbol(String symbol) {
        if (symbol != null) {
            for (Organ o : Organ.values()) {
                if (symbol.trim().startsWith(o.symbolPrefix() + "/RES/")) {
                    return Optional.of(o);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The organ whose numbering {@code number} follows, when its form says so unambiguously. Used where the
     * model gives a bare number, such as the resolution that established a body.
     */
    public static Optional<Organ> organOf(String number) {
        if (number == null) {
            return Optional.empty();
        }
        // the number forms of the citation grammar say whose numbering a number follows
        String organ = ResolutionNumbers.organOf(number);
        if ("SC".equals(organ)) {
            return Optional.of(Organ.SECURITY_COUNCIL);
        }
        if ("GA".equals(organ)) {
            return Optional.of(Organ.GENERAL_ASSEMBLY);
        }
        return Optional.empty();
    }
}
