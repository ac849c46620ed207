package org.briefdesk.interfaces.web.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * One turn per session id on this node: a request holds its session's turn from its first use of the
 * session until the session's write has ended. A request waits at most {@link #PATIENCE_SECONDS}
 * for the turn (a long export in another tab), then goes ahead as it would without turns.
 */
final class Turns {

    static final long PATIENCE_SECONDS = 10;

    private static final Logger LOG = Logger.getLogger(Turns.class.getName());

    /** By session id; a changed id shares its session's turn, and ids are dropped when their session ends. */
    private final Map<String, Semaphore> turns = new ConcurrentHashMap<>();

    /** One request's turn: ended once, by whichever comes first (the session's write ended, invalidation). */
    static final class Turn {
        private final Semaphore semaphore;
        private final AtomicBoolean ended = new AtomicBoolean();

        private Turn(Semaphore semaphore) {
            this.semaphore = semaphore;
        }

        void end() {
            if (semaphore != null && ended.compareAndSet(false, true)) {
                semaphore.release();
            }
        }
    }

    /** Waits for the session's turn (at most PATIENCE_SECONDS) and takes it. */
    Turn take(String sessionId) {
        Semaphore semaphore = turns.computeIfAbsent(sessionId, id -> new Semaphore(1));
        try {
            if (semaphore.tryAcquire(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                return new Turn(semaphore);
            }
            LOG.warning(() -> "a request waited " + PATIENCE_SECONDS
                    + " s for the previous request of its session and goes ahead without its turn");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Turn(null);
    }

    /** The session got a new id (sign-in): requests with the new id wait for the same turn. */
    void renamed(Turn turn, String newId) {
        if (turn.semaphore != null) {
            turns.put(newId, turn.semaphore);
        }
    }

    /** The id no longer names a session on any request of this node (ended, renamed, expired). */
    void forget(String sessionId) {
        turns.remove(sessionId);
    }
}
