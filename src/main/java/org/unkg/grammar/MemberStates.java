package org.unkg.grammar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The 193 Member States of the United Nations with their ISO 3166-1 codes, from {@code member-states.tsv} (built
 * from the names the Assembly's AKN4UN markup votes with and the ISO 3166-1 list; see its header).
 *
 * <pre>{@code
 * MemberStates.standard().byName("TÜRKİYE").get().alpha3();   // "TUR"
 * MemberStates.standard().byName("Côte d'Ivoire");             // the same State as "COTE D'IVOIRE"
 * MemberStates.standard().all().size();                         // 193
 * }</pre>
 */
public final class MemberStates {
    private static final MemberStates STANDARD = new MemberStates(Table.load("member-states.tsv"));

    /**
     * One Member State.
     *
     * @param alpha3  ISO 3166-1 alpha-3 code, {@code TUR}
     * @param alpha2  ISO 3166-1 alpha-2 code, {@code TR}
     * @param numeric ISO 3166-1 numeric code, {@code 792}
     * @param name    the UN's short name, {@code Türkiye}
     */
    public record MemberState(String alpha3, String alpha2, String numeric, String name) {
    }

    private final List<MemberState> all = new ArrayList<>();
    private final Map<String, MemberState> byKey = new HashMap<>();

    private MemberStates(Table t) {
        for (Table.Row r : t.rows()) {
            MemberState s = new MemberState(r.get("alpha3"), r.get("alpha2"), r.get("numeric"), r.get("name"));
            all.add(s);
            byKey.put(key(s.name()), s);
            byKey.put(key(r.get("isoName")), s);
            for (String spelling : r.list("spellings")) {
                byKey.put(key(spelling), s);
            }
        }
    }

    /** The table shipped with unkg. */
    public static MemberStates standard() {
        return STANDARD;
    }

    /** Every Member State, in the table's order. */
    public List<MemberState> all() {
        return List.copyOf(all);
    }

    /** The State named {@code name} in any spelling the table knows, ignoring case and accents. */
    public Optional<MemberState> byName(String name) {
        return Optional.ofNullable(name == null ? null : byKey.get(key(name)));
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replace('’', '\'').replaceAll("\\s+", " ").toUpperCase(Locale.ROOT).replace("İ", "I");
    }
}
