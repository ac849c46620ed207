package org.briefdesk.interfaces.web.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.session.Session;
import io.undertow.server.session.SessionConfig;
import io.undertow.server.session.SessionManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The requests of one session take turns on a node: the next request of a session gets it only once
 * the previous request's session write (WildFly's requestDone, which replicates it) has ended.
 */
class SessionTurnsTest {

    /** What the wrapped (WildFly's) manager was asked, in order. */
    private final List<String> calls = new ArrayList<>();

    private final Map<String, String> renamed = new ConcurrentHashMap<>();

    private final TurnTakingSessionManager manager = new TurnTakingSessionManager(wildFly());

    @Test
    void the_next_request_of_a_session_waits_until_the_previous_ones_write_has_ended() throws Exception {
        HttpServerExchange signIn = new HttpServerExchange(null);
        Session first = manager.getSession(signIn, cookie("s1"));

        Request followUp = new Request(() -> manager.getSession(new HttpServerExchange(null), cookie("s1")));
        followUp.awaitWaiting();
        assertFalse(followUp.done(), "the redirect after the sign-in must wait for the sign-in's write");

        first.requestDone(signIn);
        Session second = followUp.session();
        assertEquals("s1", second.getId());
        synchronized (calls) {
            assertTrue(calls.indexOf("requestDone s1") < calls.lastIndexOf("getSession s1"));
        }
    }

    @Test
    void another_session_does_not_wait() throws Exception {
        manager.getSession(new HttpServerExchange(null), cookie("s1"));
        Session other = CompletableFuture.supplyAsync(
                        () -> manager.getSession(new HttpServerExchange(null), cookie("s2")))
                .get(5, TimeUnit.SECONDS);
        assertEquals("s2", other.getId());
    }

    @Test
    void one_request_asking_for_its_session_twice_does_not_wait_for_itself() throws Exception {
        HttpServerExchange request = new HttpServerExchange(null);
        manager.getSession(request, cookie("s1"));
        Session again = CompletableFuture.supplyAsync(() -> manager.getSession(request, cookie("s1")))
                .get(5, TimeUnit.SECONDS);
        assertEquals("s1", again.getId());
    }

    @Test
    void after_signing_in_the_renewed_id_waits_for_the_same_turn() throws Exception {
        HttpServerExchange signIn = new HttpServerExchange(null);
        Session session = manager.getSession(signIn, cookie("s1"));
        String renewed = session.changeSessionId(signIn, cookie("s1"));

        Request followUp = new Request(() -> manager.getSession(new HttpServerExchange(null), cookie(renewed)));
        followUp.awaitWaiting();
        assertFalse(followUp.done(), "the page after the sign-in comes with the new id and must wait as well");

        session.requestDone(signIn);
        assertEquals(renewed, followUp.session().getId());
    }

    @Test
    void signing_out_ends_the_turn_without_a_session_write() throws Exception {
        HttpServerExchange signOut = new HttpServerExchange(null);
        manager.getSession(signOut, cookie("s1")).invalidate(signOut);
        Session next = CompletableFuture.supplyAsync(
                        () -> manager.getSession(new HttpServerExchange(null), cookie("s1")))
                .get(5, TimeUnit.SECONDS);
        assertEquals("s1", next.getId());
    }

    @Test
    void an_unknown_session_id_holds_no_turn() throws Exception {
        assertNull(manager.getSession(new HttpServerExchange(null), cookie("gone")));
        assertNull(CompletableFuture.supplyAsync(() -> manager.getSession(new HttpServerExchange(null), cookie("gone")))
                .get(5, TimeUnit.SECONDS));
    }

    /** A request on a thread of its own, as the server's worker threads run them. */
    private static final class Request {
        private final CompletableFuture<Session> result = new CompletableFuture<>();
        private final Thread thread;

        Request(java.util.function.Supplier<Session> work) {
            thread = new Thread(() -> result.complete(work.get()));
            thread.start();
        }

        /** Until the request is parked waiting for its session's turn. */
        void awaitWaiting() throws InterruptedException {
            for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                    thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline; ) {
                Thread.onSpinWait();
            }
            assertEquals(Thread.State.TIMED_WAITING, thread.getState());
        }

        boolean done() {
            return result.isDone();
        }

        Session session() throws Exception {
            return result.get(5, TimeUnit.SECONDS);
        }
    }

    /** A request presenting a session cookie. */
    private static SessionConfig cookie(String id) {
        return (SessionConfig) Proxy.newProxyInstance(
                SessionConfig.class.getClassLoader(),
                new Class<?>[] {SessionConfig.class},
                (proxy, method, args) -> method.getName().equals("findSessionId") ? id : null);
    }

    /** WildFly's manager as far as turns see it: sessions by id ("gone" is none), renamed on sign-in. */
    private SessionManager wildFly() {
        return (SessionManager) Proxy.newProxyInstance(
                SessionManager.class.getClassLoader(), new Class<?>[] {SessionManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSession") && args.length == 2) {
                        String id = ((SessionConfig) args[1]).findSessionId((HttpServerExchange) args[0]);
                        record("getSession " + id);
                        return id.equals("gone") ? null : session(id);
                    }
                    return null;
                });
    }

    private Session session(String id) {
        return (Session) Proxy.newProxyInstance(
                Session.class.getClassLoader(), new Class<?>[] {Session.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getId":
                            return renamed.getOrDefault(id, id);
                        case "requestDone":
                            record("requestDone " + id);
                            return null;
                        case "changeSessionId":
                            renamed.put(id, id + "-renewed");
                            return id + "-renewed";
                        default:
                            return null;
                    }
                });
    }

    private void record(String call) {
        synchronized (calls) {
            calls.add(call);
        }
    }
}
