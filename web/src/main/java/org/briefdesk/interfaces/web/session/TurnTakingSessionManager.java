package org.briefdesk.interfaces.web.session;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionListener;
import io.undertow.server.session.SessionManager;
import io.undertow.server.session.SessionManagerStatistics;
import io.undertow.util.AttachmentKey;
import java.util.Set;

/**
 * WildFly's distributable session manager with turns ({@link SessionTurns}): the first time a request
 * uses its session it takes the session's turn, and {@link TurnTakingSession} gives it back after
 * the session's write (or invalidation). Everything else is WildFly's.
 */
final class TurnTakingSessionManager implements SessionManager {

    /** The turn the exchange holds, so a second lookup in the same request does not wait for itself. */
    private static final AttachmentKey<Turns.Turn> TURN = AttachmentKey.create(Turns.Turn.class);

    private final SessionManager manager;
    private final Turns turns = new Turns();

    TurnTakingSessionManager(SessionManager manager) {
        this.manager = manager;
        manager.registerSessionListener(new SessionListener() {
            @Override
            public void sessionDestroyed(Session session, HttpServerExchange exchange, SessionDestroyedReason reason) {
                turns.forget(session.getId());
            }

            @Override
            public void sessionIdChanged(Session session, String oldSessionId) {
                turns.forget(oldSessionId);
            }
        });
    }

    @Override
    public Session createSession(HttpServerExchange exchange, SessionConfig config) {
        Session session = manager.createSession(exchange, config);
        // A new id no other request knows yet: the turn is free, and held until this request's write ends.
        return new TurnTakingSession(session, this, heldOrTaken(exchange, session.getId()), turns);
    }

    @Override
    public Session getSession(HttpServerExchange exchange, SessionConfig config) {
        String id = config.findSessionId(exchange);
        if (id == null) {
            return manager.getSession(exchange, config);
        }
        boolean alreadyHeld = exchange.getAttachment(TURN) != null;
        Turns.Turn turn = heldOrTaken(exchange, id);
        Session session = manager.getSession(exchange, config);
        if (session == null) {
            if (!alreadyHeld) {
                // An expired or made-up id: nothing to wait for, and nothing to remember it by.
                turn.end();
                exchange.removeAttachment(TURN);
                turns.forget(id);
            }
            return null;
        }
        return new TurnTakingSession(session, this, turn, turns);
    }

    private Turns.Turn heldOrTaken(HttpServerExchange exchange, String id) {
        Turns.Turn held = exchange.getAttachment(TURN);
        if (held != null) {
            return held;
        }
        Turns.Turn turn = turns.take(id);
        exchange.putAttachment(TURN, turn);
        return turn;
    }

    /** The exchange's session write has ended: its turn is no longer held by it. */
    static void released(HttpServerExchange exchange) {
        if (exchange != null) {
            exchange.removeAttachment(TURN);
        }
    }

    @Override
    public Session getSession(String sessionId) {
        return manager.getSession(sessionId);
    }

    @Override
    public String getDeploymentName() {
        return manager.getDeploymentName();
    }

    @Override
    public void start() {
        manager.start();
    }

    @Override
    public void stop() {
        manager.stop();
    }

    @Override
    public void registerSessionListener(SessionListener listener) {
        manager.registerSessionListener(listener);
    }

    @Override
    public void removeSessionListener(SessionListener listener) {
        manager.removeSessionListener(listener);
    }

    @Override
    public void setDefaultSessionTimeout(int timeout) {
        manager.setDefaultSessionTimeout(timeout);
    }

    @Override
    public Set<String> getTransientSessions() {
        return manager.getTransientSessions();
    }

    @Override
    public Set<String> getActiveSessions() {
        return manager.getActiveSessions();
    }

    @Override
    public Set<String> getAllSessions() {
        return manager.getAllSessions();
    }

    @Override
    public SessionManagerStatistics getStatistics() {
        return manager.getStatistics();
    }
}
