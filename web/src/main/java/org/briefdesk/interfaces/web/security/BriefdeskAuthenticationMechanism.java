package org.briefdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.access.ApiTokenService;
import org.briefdesk.application.access.LoginService;

/**
 * One mechanism for every door. People sign in on the Chinese form page (the login bean hands the
 * credential over through SecurityContext.authenticate): the session id is renewed and the session
 * remembers them. Programs send {@code Authorization: Bearer <token>} (an API token: one SHA-256, no
 * password hash) or HTTP Basic; neither ever creates a session, and explicit credentials win over a
 * session cookie sent with them. Password sign-ins are throttled per account and client address
 * ({@link LoginService}). An unauthenticated page request is sent to the login page; an
 * unauthenticated API call gets a 401 problem document instead of a redirect it could not follow.
 */
@ApplicationScoped
public class BriefdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** Request attribute: the Chinese reason a sign-in was refused, for the login page and the 401 problem. */
    public static final String REFUSAL = "briefdesk.login.refusal";
    /** Request attribute: seconds the login or address stays locked (Retry-After). */
    public static final String LOCKED_SECONDS = "briefdesk.login.lockedSeconds";
    /**
     * Request (and, for the form, session) attribute: the caller signed in with an initial password
     * and may do nothing but replace it ({@link InitialPasswordGate}).
     */
    public static final String MUST_CHANGE_PASSWORD = "briefdesk.mustChangePassword";
    /** Session attribute: the signed-in person's role, so a session request needs no database lookup. */
    private static final String SESSION_GROUPS = "briefdesk.groups";

    @Inject
    LoginService logins;

    @Inject
    ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext ctx) {
        Credential credential = ctx.getAuthParameters().getCredential();
        if (ctx.isAuthenticationRequest() && credential instanceof UsernamePasswordCredential up) {
            return formLogin(request, ctx, up);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return explicit(request, ctx, authorization.strip());
        }
        Principal principal = request.getUserPrincipal();
        HttpSession session = request.getSession(false);
        if (principal != null && session != null && session.getAttribute(SESSION_GROUPS) instanceof String group) {
            if (session.getAttribute(MUST_CHANGE_PASSWORD) != null) {
                request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            }
            return ctx.notifyContainerAboutLogin(principal, Set.of(group));
        }
        if (!ctx.isProtected()) {
            return ctx.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(ctx);
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return ctx.redirect(
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** The form: a new session id at sign-in, so an id planted before it is worth nothing afterwards. */
    private AuthenticationStatus formLogin(
            HttpServletRequest request, HttpMessageContext ctx, UsernamePasswordCredential up) {
        LoginService.Outcome outcome = logins.signIn(up.getCaller(), up.getPasswordAsString(), request.getRemoteAddr());
        if (outcome.actor().isEmpty()) {
            refused(request, outcome);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Actor actor = outcome.actor().get();
        HttpSession session = request.getSession(false);
        if (session != null) {
            request.changeSessionId();
        } else {
            session = request.getSession(true);
        }
        session.setAttribute(SESSION_GROUPS, actor.role().name());
        if (outcome.mustChangePassword()) {
            session.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
        }
        ctx.setRegisterSession(actor.login(), Set.of(actor.role().name()));
        return ctx.notifyContainerAboutLogin(actor.login(), Set.of(actor.role().name()));
    }

    /** Bearer or Basic: checked on every request, never remembered in a session. */
    private AuthenticationStatus explicit(HttpServletRequest request, HttpMessageContext ctx, String authorization) {
        Optional<Actor> actor;
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            actor = tokens.authenticate(authorization.substring(7).strip());
            if (actor.isEmpty()) {
                request.setAttribute(REFUSAL, "令牌无效或已吊销");
            }
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] loginAndPassword = basic(authorization.substring(6));
            LoginService.Outcome outcome =
                    logins.signIn(loginAndPassword[0], loginAndPassword[1], request.getRemoteAddr());
            actor = outcome.actor();
            if (actor.isEmpty()) {
                refused(request, outcome);
            } else if (outcome.mustChangePassword()) {
                request.setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            }
        } else {
            request.setAttribute(REFUSAL, "只支持 Bearer 令牌或 HTTP Basic 认证");
            actor = Optional.empty();
        }
        if (actor.isEmpty()) {
            return unauthorized(ctx);
        }
        return ctx.notifyContainerAboutLogin(
                actor.get().login(), Set.of(actor.get().role().name()));
    }

    private static void refused(HttpServletRequest request, LoginService.Outcome outcome) {
        request.setAttribute(REFUSAL, outcome.message());
        if (outcome.isLocked()) {
            request.setAttribute(LOCKED_SECONDS, Math.max(1, outcome.lockedFor().toSeconds()));
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static String[] basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new String[] {"", ""}
                : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    /** 401 with the challenges; the container's 401 error page (ApiUnauthorized) writes the problem. */
    private static AuthenticationStatus unauthorized(HttpMessageContext ctx) {
        ctx.getResponse().setHeader("WWW-Authenticate", ApiUnauthorized.CHALLENGE);
        Object seconds = ctx.getRequest().getAttribute(LOCKED_SECONDS);
        if (seconds != null) {
            ctx.getResponse().setHeader("Retry-After", seconds.toString());
        }
        return ctx.responseUnauthorized();
    }
}
