package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.application.access.Actor;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.shared.AccessDenied;

/**
 * The signed-in person, resolved once per request from the authenticated caller: request-scoped so
 * that API calls (Bearer, Basic) never open a session, and a disabled account stops at once.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Actor actor;

    /** The actor of this session; refused when nobody is signed in or the account was disabled. */
    public Actor getActor() {
        Principal p = security.getCallerPrincipal();
        if (p == null) {
            throw new AccessDenied("请先登录");
        }
        if (actor == null || !actor.login().equals(p.getName())) {
            actor = accounts.actor(p.getName()).orElseThrow(() -> new AccessDenied("账号已停用"));
        }
        return actor;
    }

    public boolean isSignedIn() {
        return security.getCallerPrincipal() != null;
    }

    public boolean is(String role) {
        return isSignedIn() && getActor().role() == Role.valueOf(role);
    }

    public boolean isOfficer() {
        return is("OFFICER");
    }

    public boolean isEditor() {
        return is("EDITOR");
    }

    public boolean isLeader() {
        return is("LEADER");
    }

    public boolean isAdmin() {
        return is("ADMIN");
    }

    /** The landing page of the actor's role. */
    public String homePath() {
        return switch (getActor().role()) {
            case OFFICER -> "/officer/home.xhtml";
            case EDITOR -> "/editor/home.xhtml";
            case LEADER -> "/leader/home.xhtml";
            case ADMIN -> "/admin/home.xhtml";
        };
    }
}
