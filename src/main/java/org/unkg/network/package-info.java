/**
 * Network: takes the store's citation graph (every resolution, every citation from one resolution to another) and
 * gives the measures of a network: in- and out-degree, PageRank, HITS hub and authority scores, weakly and strongly
 * connected components, communities, shortest citation paths; written back into the store's named graph
 * {@link org.unkg.network.NetworkGraph#GRAPH} and exported as GEXF 1.2 or GraphML for Gephi.
 *
 * <p>{@link org.unkg.network.CitationGraph} reads the graph, {@link org.unkg.network.NetworkScores} measures it
 * (with {@link org.unkg.network.Hits}, the one measure JGraphT lacks), {@link org.unkg.network.NetworkGraph}
 * stores the scores and {@link org.unkg.network.GraphExport} writes the files.
 */
package org.unkg.network;
