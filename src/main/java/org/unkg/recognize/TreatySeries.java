package org.unkg.recognize;

import java.util.Optional;

/**
 * A treaty's <i>United Nations Treaty Series</i> reference as {@code treaties.tsv} records it, for a treaty whose
 * resolution gives no footnote with it.
 *
 * <pre>{@code
 * TreatySeries.of("Arms Trade Treaty");   // Optional[TreatySeries[number=52373, volume=3013]]
 * }</pre>
 *
 * @param number registration number
 * @param volume volume
 */
public record TreatySeries(String number, String volume) {

    /** The reference of the treaty the table names {@code name}, if the table has one. */
    public static Optional<TreatySeries> of(String name) {
        NameTable.Row row = TreatyFinder.TABLE.lookup(name);
        if (row == null || row.extra(1) == null) {
            return Optional.empty();
        }
        return Optional.of(new TreatySeries(row.extra(1), row.extra(2)));
    }
}
