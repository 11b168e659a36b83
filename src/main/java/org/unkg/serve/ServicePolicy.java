package org.unkg.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
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
        if (timeout != null) {
            context.set(Service.httpQueryTimeout, timeout.toMillis());
        }
        ServiceExecutorRegistry registry = ServiceExecutorRegistry.get().copy();
        registry.addSingleLink((opExecute, original, binding, cxt, chain) -> {
            check(opExecute);
            return chain.createExecution(opExecute, original, binding, cxt);
        });
        registry.addBulkLink((op, input, cxt, chain) -> {
            if (prefixes.isEmpty() || !op.getService().isVariable()) {
                check(op);
            }
            return chain.createExecution(op, input, cxt);
        });
        ServiceExecutorRegistry.set(context, registry);
    }

    private void check(OpService op) {
        if (!allows(op.getService())) {
            Node n = op.getService();
            throw new QueryExecException(message(n.isURI() ? "<" + n.getURI() + ">" : n.toString()));
        }
    }
}
