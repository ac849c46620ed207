package org.briefdesk.interfaces.web;

import org.briefdesk.domain.shared.NotFound;

/**
 * The one reader of ids from URLs and forms, for pages, downloads and the API alike: text that is
 * not a number names nothing that exists, so it is {@link NotFound} (a 404 page or problem), never a
 * conversion error.
 */
public final class Ids {

    private Ids() {}

    /** The id in {@code text}; {@code notFound} is the message when there is none. */
    public static long parse(String text, String notFound) {
        try {
            return Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            throw new NotFound(notFound);
        }
    }
}
