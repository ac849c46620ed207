package org.briefdesk.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.briefdesk.application.access.AccountService;
import org.briefdesk.interfaces.web.security.BriefdeskAuthenticationMechanism;

/** The login form (登录) and logout (退出). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    CurrentUser currentUser;

    @Inject
    AccountService accounts;

    private String login;
    private String password;
    private String next;

    public void login() {
        FacesContext fc = FacesContext.getCurrentInstance();
        ExternalContext ec = fc.getExternalContext();
        if (login == null || login.isBlank() || password == null || password.isEmpty()) {
            Pages.error("请输入登录名和密码");
            return;
        }
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) ec.getRequest(),
                (HttpServletResponse) ec.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(login.strip(), password))
                        .newAuthentication(true));
        switch (status) {
            case SUCCESS ->
                Pages.redirect(
                        accounts.mustChangePassword(currentUser.getActor())
                                ? "/account/password.xhtml"
                                : safeNext() != null ? safeNext() : currentUser.homePath());
            case SEND_CONTINUE -> fc.responseComplete();
            default ->
                Pages.error(String.valueOf(
                        Optional.ofNullable(ec.getRequestMap().get(BriefdeskAuthenticationMechanism.REFUSAL))
                                .orElse("登录名或密码错误，或账号已停用")));
        }
    }

    /** Only a path inside Briefdesk may follow the login: never another site. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
            return null;
        }
        return next;
    }

    public void logout() throws ServletException {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) ec.getRequest()).logout();
        HttpSession session = (HttpSession) ec.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Pages.redirect("/login.xhtml?loggedOut=true");
    }

    /** The root page sends a signed-in person to their role's home. */
    public void dispatch() {
        Pages.redirect(currentUser.homePath());
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
