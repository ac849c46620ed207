package org.briefdesk.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body announced larger than any item can be (the body's 50,000 characters as HTML fit in
 * well under 1 MB) is refused before it is read: a 413 problem in Chinese instead of the connection
 * the server would otherwise cut off at its own 10 MB limit.
 */
@Provider
@PreMatching
public class BodySizeLimit implements ContainerRequestFilter {

    static final int MAX_BYTES = 2 * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(Problem.response(Response.Status.REQUEST_ENTITY_TOO_LARGE, "请求体过大",
                    "请求体不能超过2MB；正文最多50000字，附件请在页面上传", null));
        }
    }
}
