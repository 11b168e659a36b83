/**
 * Resolve: takes a {@link org.unkg.segment.SegmentedDocument} and the mentions recognized in it, and gives the
 * file's {@link org.unkg.model.Extraction}: organs decided ("its", "the Council"), dates checked against the numbers
 * they follow, self-citations dropped, Treaty Series footnotes attached, the session inferred where the heading is
 * missing, and every span mapped back to the file's offsets.
 */
package org.unkg.resolve;
