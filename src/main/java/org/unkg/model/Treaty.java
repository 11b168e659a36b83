package org.unkg.model;

import java.time.LocalDate;

/**
 * A treaty as a resolution names it.
 *
 * <pre>{@code
 * new Treaty("Convention on the Safety of United Nations and Associated Personnel",
 *            LocalDate.of(1994, 12, 9), "35457", "2051", null);
 * }</pre>
 *
 * @param name       canonical name (from the treaty table where known, else as written)
 * @param date       date of adoption or signature, where stated or known
 * @param unts       United Nations Treaty Series registration number, where stated or known
 * @param untsVolume UNTS volume, where stated
 * @param adoptedBy  number of the GA resolution that adopted it, where stated (e.g. {@code 22 A (I)})
 */
public record Treaty(String name, LocalDate date, String unts, String untsVolume, String adoptedBy) {
}
