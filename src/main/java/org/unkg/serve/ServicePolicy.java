package org.unkg.serve;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Which {@code SERVICE} addresses a query may call: none by default; with an allow-list, only {@code http(s)}
 * addresses that start with one of its prefixes. A query naming another is refused before it runs, and the
 * executor that would call out checks again each address it is given, so nothing else (a variable bound at run
 * time, a {@code SERVICE} inside {@code EXISTS}, {@code file:}) is ever reached.
 *
 * <pre>{@code
 * ServicePolicy p = ServicePolicy.allow(List.of("https://query.wikidata.org/"));
 * p.refusal(query);                     // Optional.of("SERVICE <http://127.0.0.1/> is not allowed ...")
 * p.install(endpointContext, timeout);  // the run-time check, and the timeout on each call
 * }</pre>
 */
final class ServicePolicy {
    private final List<String> prefixes;

    private ServicePolicy(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    /** No {@code SERVICE} at all. */
    static ServicePolicy refuseAll() {
        return new ServicePolicy(List.of());
    }

    /** {@code SERVICE} only to http(s) addresses starting with one of these prefixes. */
    static ServicePolicy allow(List<String> prefixes) {
        for (String p : prefixes) {
            if (!p.startsWith("http://") && !p.startsWith("https://") || p.indexOf('/', p.indexOf("//") + 2) < 0) {
                throw new IllegalArgumentException("a SERVICE allow-list entry is an http(s) URL prefix with a path"
                        + " (http://host:port/...): " + p);
            }
        }
        return new ServicePolicy(prefixes);
    }

    List<String> prefixes() {
        return prefixes;
    }

    /** Whether a query may call this address. */
    boolean allows(Node service) {
        if (service == null || !service.isURI()) {
            return false;
        }
        String iri = service.getURI();
        return (iri.startsWith("http://") || iri.startsWith("https://")) && prefixes.stream().anyMatch(iri::startsWith);
    }

    /** Why the query may not run, if it names a {@code SERVICE} it may not call. */
    Optional<String> refusal(Query query) {
        List<String> refused = new ArrayList<>();
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementService el) {
                    Node n = el.getServiceNode();
                    if (n.isVariable() ? prefixes.isEmpty() : !allows(n)) {
                        refused.add(n.isURI() ? "<" + n.getURI() + ">" : n.toString());
                    }
                }

                @Override
                public void visit(ElementSubQuery el) {
                    refusal(el.getQuery()).ifPresent(refused::add);
                }

                @Override
                public void visit(ElementFilter el) {
                    inExpression(el.getExpr(), refused);
                }

                @Override
                public void visit(ElementBind el) {
                    inExpression(el.getExpr(), refused);
                }
            });
        }
        return refused.isEmpty() ? Optional.empty()
                : Optional.of(refused.get(0).startsWith("SERVICE") ? refused.get(0) : message(refused.get(0)));
    }

    /** The SERVICEs inside an expression's EXISTS and NOT EXISTS. */
    private void inExpression(Expr e, List<String> refused) {
        if (e instanceof ExprFunctionOp op && op.getElement() != null) {
            Query inner = new Query();
            inner.setQueryPattern(op.getElement());
            refusal(inner).ifPresent(refused::add);
        }
        if (e instanceof ExprFunction f) {
            f.getArgs().forEach(a -> inExpression(a, refused));
        }
    }

    private String message(String service) {
        return "SERVICE " + service + " is not allowed on this endpoint: "
                + (prefixes.isEmpty() ? "it makes no outside calls (unkg serve --service-allow URL-PREFIX opens some)"
                        : "it calls only addresses starting with " + String.join(", ", prefixes));
    }

    /**
     * Puts the run-time check in an endpoint's context: every {@code SERVICE} call passes it before any executor
     * sees it, and an allowed call gets the query's timeout.
     */
    void install(Context context, Duration timeout) {
        context.set(Service.httpServiceAllowed, !prefixes.isEmpty());
        // an allowed address must not send the call on elsewhere: no redirects
        context.set(Service.httpQueryClient, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout != null ? timeout : Duration.ofSeconds(30)).build());
        if (timeout != null) {
            context.set(Service.httpQueryTimeout, timeout.toMillis());
        }
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink((opExecute, original, binding, cxt, chain) -> {
            check(opExecute);
            return timeout == null ? chain.createExecution(opExecute, original, binding, cxt)
                    : within(deadline(cxt, timeout), () -> chain.createExecution(opExecute, original, binding, cxt),
                            cxt);
        });
        registry.addBulkLink((op, input, cxt, chain) -> {
            if (prefixes.isEmpty() || !op.getService().isVariable()) {
                check(op);
            }
            return chain.createExecution(op, input, cxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    /** When the query that makes this call runs out of time: its start (as NOW() sees it) plus the timeout. */
    private static long deadline(ExecutionContext cxt, Duration timeout) {
        long start = System.currentTimeMillis();
        if (cxt.getContext().get(ARQConstants.sysCurrentTime) instanceof NodeValue now && now.isDateTime()) {
            start = Math.min(start, now.getDateTime().toGregorianCalendar().getTimeInMillis());
        }
        return start + timeout.toMillis();
    }

    /**
     * Runs a call out and reads its whole answer on another thread, waiting no later than the deadline: the HTTP
     * client's own timeout stops at the response's headers, and a far end that sends the start of an answer and
     * then nothing would otherwise hold the request. The call touches no local data, so the thread needs no
     * transaction. A call that runs late is interrupted and the query answers 503.
     */
    private static QueryIterator within(long deadline, Supplier<QueryIterator> call, ExecutionContext cxt) {
        FutureTask<List<Binding>> task = new FutureTask<>(() -> {
            List<Binding> rows = new ArrayList<>();
            QueryIterator it = call.get();
            try {
                it.forEachRemaining(rows::add);
            } finally {
                it.close();
            }
            return rows;
        });
        Thread t = new Thread(task, "unkg-service-call");
        t.setDaemon(true);
        t.start();
        try {
            return QueryIterPlainWrapper.create(task.get(Math.max(1, deadline - System.currentTimeMillis()),
                    TimeUnit.MILLISECONDS).iterator(), cxt);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new QueryCancelledException();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new QueryExecException(e.getCause());
        }
    }

    private void check(OpService op) {
        if (!allows(op.getService())) {
            Node n = op.getService();
            throw new QueryExecException(message(n.isURI() ? "<" + n.getURI() + ">" : n.toString()));
        }
    }
}
