package org.briefdesk.interfaces.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;

/**
 * The security headers of every response, set once for the whole application, and the cross-site
 * check of the API.
 * <ul>
 * <li>Pages: PrimeFaces (primefaces.CSP=true) sends {@code script-src 'self' 'nonce-…'} with each
 * page; this policy adds what PrimeFaces does not say: no framing by other sites, no plugins, no
 * {@code <base>} or form targets elsewhere. Everything else: {@code default-src 'none'}.</li>
 * <li>nosniff, Referrer-Policy same-origin, X-Frame-Options for browsers without frame-ancestors,
 * HSTS when the request came over HTTPS.</li>
 * <li>An API write (POST, PUT, PATCH, DELETE) that carries no Authorization header rides on the
 * session cookie; from a foreign Origin (or {@code Sec-Fetch-Site: cross-site}) it is refused with a
 * 403 problem. Bearer and Basic clients send their credentials themselves and are not affected.</li>
 * </ul>
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

    static final String PAGE_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";
    static final String OTHER_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean api = path.equals("/api") || path.startsWith("/api/");
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            if (api && crossSiteCookieWrite(request)) {
                forbidden(response);
                return;
            }
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("X-Frame-Options", "SAMEORIGIN");
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000");
            }
        }
        if (!response.containsHeader("Content-Security-Policy")) {
            response.addHeader("Content-Security-Policy", isPage(path) ? PAGE_POLICY : OTHER_POLICY);
        }
        chain.doFilter(request, response);
    }

    /** Faces pages and the Faces resources they load; downloads and the API are not pages. */
    private static boolean isPage(String path) {
        return path.endsWith(".xhtml") || path.equals("/") || path.startsWith("/jakarta.faces.resource/");
    }

    private static boolean crossSiteCookieWrite(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin != null) {
            return !sameOrigin(origin, request);
        }
        String site = request.getHeader("Sec-Fetch-Site");
        return site != null && !site.equals("same-origin") && !site.equals("none");
    }

    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        try {
            URI o = URI.create(origin.strip());
            int port = o.getPort() != -1 ? o.getPort() : "https".equalsIgnoreCase(o.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(o.getScheme())
                    && request.getServerName().equalsIgnoreCase(o.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void forbidden(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":\"跨站请求被拒绝\",\"status\":403,"
                        + "\"detail\":\"来自其他网站的写操作不能使用登录会话；程序调用请使用 Bearer 令牌或 HTTP Basic\"}");
    }
}
