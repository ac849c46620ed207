package org.briefdesk.interfaces.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for both doors: people sign in on the Chinese form page (the login bean hands the
 * credential over through SecurityContext.authenticate), programs send HTTP Basic to /api. An
 * unauthenticated page request is sent to the login page; an unauthenticated API call gets a 401
 * problem document instead of a redirect it could not follow.
 */
@ApplicationScoped
@AutoApplySession
public class BriefdeskAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext ctx) {
        Credential credential = ctx.getAuthParameters().getCredential();
        if (ctx.isAuthenticationRequest() && credential != null) {
            return ctx.notifyContainerAboutLogin(identityStores.validate(credential));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = identityStores.validate(basic(authorization.substring(6)));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return ctx.notifyContainerAboutLogin(result);
            }
            return unauthorized(ctx);
        }
        if (!ctx.isProtected()) {
            return ctx.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(ctx);
        }
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return ctx.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api");
    }

    private static UsernamePasswordCredential basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = "";
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? new UsernamePasswordCredential("", "")
                : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    /** 401 with a Basic challenge; the container's 401 error page (ApiUnauthorized) writes the problem. */
    private static AuthenticationStatus unauthorized(HttpMessageContext ctx) {
        ctx.getResponse().setHeader("WWW-Authenticate", ApiUnauthorized.CHALLENGE);
        return ctx.responseUnauthorized();
    }
}
