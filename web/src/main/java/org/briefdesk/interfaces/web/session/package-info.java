/**
 * The web session on a cluster node: {@link org.briefdesk.interfaces.web.session.SessionTurns}
 * lets the requests of one session use it one at a time, so a session is never changed while the
 * previous request's write is being replicated to the other node. Uses only Undertow's servlet API
 * (provided by WildFly) and the JDK; nothing of the application.
 */
package org.briefdesk.interfaces.web.session;
