/**
 * The data that flows through unkg's pipeline: a resolution's {@link org.unkg.model.Identity}, its
 * {@link org.unkg.model.Citation}s, and the {@link org.unkg.model.Problem}s met on the way. Immutable records;
 * every stage takes and gives these, and no stage depends on another stage's internals.
 */
package org.unkg.model;
