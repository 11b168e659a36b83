/**
 * Recognize: takes a {@link org.unkg.segment.Passage} and gives its {@link org.unkg.recognize.Mention}s: resolutions
 * and decisions by number (every form the UN writes), document symbols, treaties by name, and bodies by name or
 * abbreviation. The knowledge lives in versioned tables ({@code treaties.tsv}, {@code bodies.tsv}); the finders are
 * patterns over them.
 */
package org.unkg.recognize;
