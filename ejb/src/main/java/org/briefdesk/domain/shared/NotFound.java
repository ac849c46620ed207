package org.briefdesk.domain.shared;

/** The requested thing does not exist (不存在). Mapped to HTTP 404 by the interfaces layer. */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
