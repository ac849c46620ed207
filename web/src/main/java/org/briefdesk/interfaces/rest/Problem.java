package org.briefdesk.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document; {@code detail} is Chinese and meant for the person using the client. */
public record Problem(String type, String title, int status, String detail, String field) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json", "UTF-8");

    public static Response response(Response.Status status, String title, String detail, String field) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail, field))
                .build();
    }
}
