package org.unkg.serve;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update, kept to the store: {@code LOAD} is refused (it would read a file of the server or call
 * out; send data with the Graph Store Protocol instead), and so is a {@code WHERE} with a {@code SERVICE} that the
 * {@link ServicePolicy} does not allow. Both answer {@code 400} before anything runs.
 *
 * <pre>{@code
 * LOAD <file:///etc/passwd>                                         ->  400
 * INSERT { ?s ?p ?o } WHERE { SERVICE <http://10.0.0.1/> { ... } }  ->  400
 * }</pre>
 */
final class LocalUpdateProcessor extends SPARQL_Update {
    private final ServicePolicy services;

    LocalUpdateProcessor(ServicePolicy services) {
        this.services = services;
    }

    @Override
    protected void execute(HttpAction action, InputStream input) {
        byte[] body;
        try {
            body = input.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UpdateRequest request = null;
        try {
            request = UpdateFactory.create(new String(body, StandardCharsets.UTF_8), Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            // Fuseki's own parse below answers 400 with the position
        }
        if (request != null) {
            for (Update u : request.getOperations()) {
                if (u instanceof UpdateLoad load) {
                    ServletOps.errorBadRequest("LOAD <" + load.getSource() + "> is not allowed on this server: "
                            + "send the data itself with the Graph Store Protocol (PUT or POST to /data).");
                }
                if (u instanceof UpdateModify m && m.getWherePattern() != null) {
                    Query where = new Query();
                    where.setQueryPattern(m.getWherePattern());
                    services.refusal(where).ifPresent(ServletOps::errorBadRequest);
                }
            }
        }
        super.execute(action, new ByteArrayInputStream(body));
    }
}
