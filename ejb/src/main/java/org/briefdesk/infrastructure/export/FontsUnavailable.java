package org.briefdesk.infrastructure.export;

/**
 * No Chinese font that a PDF can embed was found on the server. The message says which directory
 * was searched and which Debian package to install; it is meant to be shown to the administrator.
 */
public class FontsUnavailable extends RuntimeException {

    public FontsUnavailable(String message) {
        super(message);
    }
}
