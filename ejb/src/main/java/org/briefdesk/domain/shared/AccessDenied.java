package org.briefdesk.domain.shared;

/** The actor may not see or change this (无权访问). Mapped to HTTP 403 by the interfaces layer. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
