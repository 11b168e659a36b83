package org.unkg.model;

/**
 * The recorded vote on a resolution, where the text states it.
 *
 * <pre>{@code
 * new Vote(14, 0, 1, false);   // "by 14 votes to none, with 1 abstention"
 * Vote.unanimously();          // "Adopted unanimously"
 * }</pre>
 *
 * @param inFavour   votes in favour, or null when only unanimity is stated
 * @param against    votes against, or null
 * @param abstaining abstentions, or null
 * @param unanimous  true when the text says the resolution was adopted unanimously
 */
public record Vote(Integer inFavour, Integer against, Integer abstaining, boolean unanimous) {

    /** A vote stated only as "adopted unanimously". */
    public static Vote unanimously() {
        return new Vote(null, null, null, true);
    }
}
