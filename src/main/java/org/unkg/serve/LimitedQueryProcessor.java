package org.unkg.serve;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's SPARQL query operation made honest: a result is complete or refused, never cut.
 *
 * <pre>{@code
 * SELECT * { ?s ?p ?o }            more rows than the cap   ->  422, "add LIMIT 10000 or less"
 * SELECT * { ?s ?p ?o } LIMIT 100                            ->  200, 100 rows
 * SELECT * { SERVICE <http://x/> { ... } }                   ->  400, unless the ServicePolicy allows it
 * }</pre>
 *
 * <p>The whole result (up to the cap and one more) is computed in memory before the first byte is written, so the
 * query timeout covers all the work: a query that runs out of time answers {@code 503} with nothing sent, and one
 * that finishes is written from memory and cannot time out while it is streamed. The cap counts rows for SELECT,
 * and triples (quads) for CONSTRUCT and DESCRIBE. Every answer carries {@value #LIMIT_HEADER}: the cap.
 */
final class LimitedQueryProcessor extends SPARQL_QueryDataset {
    static final String LIMIT_HEADER = "Unkg-Result-Limit";
    /** The status of a result over the cap: the request is understood but cannot be answered whole. */
    static final int OVER_CAP = 422;

    private final long limit;
    private final ServicePolicy services;

    /** @param limit the most rows (triples) a query returns; 0 or less for no cap */
    LimitedQueryProcessor(long limit, ServicePolicy services) {
        this.limit = limit;
        this.services = services;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        services.refusal(query).ifPresent(ServletOps::errorBadRequest);
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight() != null ? chosen.getRight() : query;
        // one row more than the cap, to know whether the result is over it without computing the rest
        if (limit > 0 && (q.isSelectType() || q.isJsonType()) && (!q.hasLimit() || q.getLimit() > limit)) {
            q = q.cloneQuery();
            q.setLimit(limit + 1);
        }
        return Pair.create(chosen.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        if (limit > 0) {
            action.setResponseHeader(LIMIT_HEADER, Long.toString(limit));
        }
        try {
            if (query.isSelectType()) {
                RowSet rows = exec.select();
                List<Binding> all = new ArrayList<>();
                while (rows.hasNext()) {
                    all.add(rows.next());
                    overCap(all.size(), "rows");
                }
                return new QueryExecResult(RowSetStream.create(rows.getResultVars(), all.iterator()));
            }
            if (query.isConstructType()) {
                DatasetGraph out = DatasetGraphFactory.create();
                long n = 0;
                for (Iterator<Quad> it = exec.constructQuads(); it.hasNext(); ) {
                    Quad q = it.next();
                    if (!out.contains(q)) {
                        out.add(q);
                        overCap(++n, "triples");
                    }
                }
                return new QueryExecResult(out);
            }
            if (query.isDescribeType()) {
                Graph out = GraphFactory.createDefaultGraph();
                for (Iterator<Triple> it = exec.describeTriples(); it.hasNext(); ) {
                    out.add(it.next());
                    overCap(out.size(), "triples");
                }
                return new QueryExecResult(out);
            }
            if (query.isAskType()) {
                return new QueryExecResult(exec.ask());
            }
            if (query.isJsonType()) {
                List<JsonObject> all = new ArrayList<>();
                for (Iterator<JsonObject> it = exec.execJsonItems(); it.hasNext(); ) {
                    all.add(it.next());
                    overCap(all.size(), "items");
                }
                return new QueryExecResult(all.iterator());
            }
            return super.executeQuery(action, exec, query, queryStringLog);
        } catch (QueryCancelledException | ActionErrorException e) {
            throw e;
        } catch (StackOverflowError e) {
            ServletOps.errorBadRequest("The query is nested too deeply to run.");
            return null;
        } catch (QueryExecException e) {
            // a refused SERVICE found at run time (in EXISTS, or through a variable), and the like
            ServletOps.errorBadRequest(e.getMessage());
            return null;
        } catch (RuntimeException e) {
            if (timedOut(e)) {
                // an allowed SERVICE that did not answer within the query's time: a timeout like any other
                ServletOps.error(503, "The query ran out of time: a SERVICE did not answer within the timeout.");
            }
            // an allowed SERVICE that failed: the fault is elsewhere, and says so without a stack trace
            ServletOps.error(502, "The query failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private void overCap(long n, String what) {
        if (limit > 0 && n > limit) {
            ServletOps.error(OVER_CAP, "The result has more than " + limit + " " + what + ", this endpoint's cap; "
                    + "nothing was cut. Ask for fewer: add LIMIT " + limit + " or less (and OFFSET to page through "
                    + "the rest), or narrow the pattern.");
        }
    }
}
