package org.unkg.serve;

import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Fuseki's SPARQL query operation with a cap on the number of results: a query without {@code LIMIT}, or with a
 * larger one, is run with {@code LIMIT} set to the cap, so one request cannot stream the whole store.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    private final long limit;

    /** @param limit the most solutions a query returns; 0 or less for no cap */
    LimitedQueryProcessor(long limit) {
        this.limit = limit;
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() != null ? chosen.getRight() : query;
        if (limit > 0 && !q.isAskType() && (!q.hasLimit() || q.getLimit() > limit)) {
            q = q.cloneQuery();
            q.setLimit(limit);
        }
        return Pair.create(chosen.getLeft(), q);
    }
}
