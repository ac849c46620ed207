package org.briefdesk.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.briefdesk.domain.shared.BusinessRuleViolation;

/** Small helpers every backing bean uses to talk back to the page. */
public final class Pages {

    private Pages() {}

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance()
                .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /** Shows a broken rule on the form and tells PrimeFaces dialogs to stay open. */
    public static void error(BusinessRuleViolation e) {
        error(e.getMessage());
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** Ends the request with an HTTP error; the container shows the matching Chinese error page. */
    public static void sendError(int status, String message) {
        FacesContext fc = FacesContext.getCurrentInstance();
        try {
            fc.getExternalContext().responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        fc.responseComplete();
    }

    public static void redirect(String path) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ec.redirect(ec.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
