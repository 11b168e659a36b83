/**
 * Emit: takes each file's {@link org.unkg.model.Extraction} and gives it to a sink: the JSON report of the
 * extract contract, RDF as a Jena {@code StreamRDF}, counters. No sink knows the stage before it.
 */
package org.unkg.emit;
