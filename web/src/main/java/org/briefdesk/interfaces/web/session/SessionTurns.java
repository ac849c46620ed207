package org.briefdesk.interfaces.web.session;

import io.undertow.server.session.InMemorySessionManager;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.api.SessionManagerFactory;
import jakarta.servlet.ServletContext;
import java.util.logging.Logger;

/**
 * Requests of one session take turns on a cluster node (issue 16). WildFly replicates a session
 * after the request's response has been sent (Undertow closes the response, then ends the session's
 * batch), and Infinispan marshals the live attribute objects twice on the way — once to size the
 * message, once to write it. The browser's next request of the same session (the redirect after
 * signing in, a page opened at once, an Ajax call) meanwhile changes those objects (the Faces view
 * state map, the view scope's beans), the size no longer matches the bytes, the other node cannot
 * read the write ({@code MalformedProtobufException: Input data ended unexpectedly}), and the
 * transaction is rolled back on both nodes: the session loses the write, a sign-in included. Here a
 * request waits until the previous request of its session has finished, write included. A server
 * without distributable sessions keeps Undertow's in-memory manager as it is.
 */
public final class SessionTurns implements ServletExtension {

    private static final Logger LOG = Logger.getLogger(SessionTurns.class.getName());

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        SessionManagerFactory factory = deployment.getSessionManagerFactory();
        if (factory == null) {
            return;
        }
        deployment.setSessionManagerFactory(d -> {
            var manager = factory.createSessionManager(d);
            if (manager instanceof InMemorySessionManager) {
                return manager;
            }
            LOG.info(() -> "sessions of " + deployment.getDeploymentName() + " are replicated ("
                    + manager.getClass().getSimpleName() + "): their requests take turns on this node");
            return new TurnTakingSessionManager(manager);
        });
    }
}
