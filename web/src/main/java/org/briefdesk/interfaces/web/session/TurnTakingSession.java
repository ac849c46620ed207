package org.briefdesk.interfaces.web.session;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionManager;
import java.util.Set;

/** A request's view of its session; gives the session's turn back once WildFly's write has ended. */
final class TurnTakingSession implements Session {

    private final Session session;
    private final SessionManager manager;
    private final Turns.Turn turn;
    private final Turns turns;

    TurnTakingSession(Session session, SessionManager manager, Turns.Turn turn, Turns turns) {
        this.session = session;
        this.manager = manager;
        this.turn = turn;
        this.turns = turns;
    }

    /** WildFly writes (and replicates) the session here, after the response went out; then the next request may go. */
    @Override
    public void requestDone(HttpServerExchange exchange) {
        try {
            session.requestDone(exchange);
        } finally {
            turn.end();
            TurnTakingSessionManager.released(exchange);
        }
    }

    /** Undertow calls no requestDone for an invalidated session (signing out): the turn ends here. */
    @Override
    public void invalidate(HttpServerExchange exchange) {
        try {
            session.invalidate(exchange);
        } finally {
            turn.end();
            TurnTakingSessionManager.released(exchange);
        }
    }

    /** Signing in renews the id: the follow-up request arrives with the new one and must wait as well. */
    @Override
    public String changeSessionId(HttpServerExchange exchange, SessionConfig config) {
        String renewed = session.changeSessionId(exchange, config);
        turns.renamed(turn, renewed);
        return renewed;
    }

    @Override
    public SessionManager getSessionManager() {
        return manager;
    }

    @Override
    public String getId() {
        return session.getId();
    }

    @Override
    public long getCreationTime() {
        return session.getCreationTime();
    }

    @Override
    public long getLastAccessedTime() {
        return session.getLastAccessedTime();
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        session.setMaxInactiveInterval(interval);
    }

    @Override
    public int getMaxInactiveInterval() {
        return session.getMaxInactiveInterval();
    }

    @Override
    public Object getAttribute(String name) {
        return session.getAttribute(name);
    }

    @Override
    public Set<String> getAttributeNames() {
        return session.getAttributeNames();
    }

    @Override
    public Object setAttribute(String name, Object value) {
        return session.setAttribute(name, value);
    }

    @Override
    public Object removeAttribute(String name) {
        return session.removeAttribute(name);
    }
}
