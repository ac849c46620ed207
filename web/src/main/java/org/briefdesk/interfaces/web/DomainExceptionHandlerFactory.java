package org.briefdesk.interfaces.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.NotFound;

/**
 * The one place where a page learns that the server refused (registered in faces-config.xml), as
 * ProblemMappers is for the API: a broken rule becomes the page's error message and keeps a dialog
 * open; an unknown or forbidden object ends the opening of a page with the 404 or 403 page, and is
 * the page's error message when it was a click on a page already open. Anything else goes on to the
 * container's error page.
 */
public class DomainExceptionHandlerFactory extends ExceptionHandlerFactory {

    public DomainExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new DomainExceptionHandler(getWrapped().getExceptionHandler());
    }

    private static final class DomainExceptionHandler extends ExceptionHandlerWrapper {

        DomainExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                ExceptionQueuedEventContext event = events.next().getContext();
                RuntimeException refusal = refusal(event.getException());
                // While rendering, the response is under way: neither a message nor an error page can follow.
                if (refusal != null && event.getPhaseId() != PhaseId.RENDER_RESPONSE) {
                    events.remove();
                    show(event.getContext(), refusal);
                }
            }
            getWrapped().handle();
        }

        private static void show(FacesContext fc, RuntimeException refusal) {
            if (refusal instanceof BusinessRuleViolation violation) {
                Pages.error(violation);
            } else if (fc.isPostback()) {
                Pages.error(refusal.getMessage());
            } else {
                Pages.sendError(
                        refusal instanceof NotFound
                                ? HttpServletResponse.SC_NOT_FOUND
                                : HttpServletResponse.SC_FORBIDDEN,
                        refusal.getMessage());
            }
        }

        /** The domain's refusal behind the wrappers of EL, Faces and EJB, or null. */
        private static RuntimeException refusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof BusinessRuleViolation || t instanceof NotFound || t instanceof AccessDenied) {
                    return (RuntimeException) t;
                }
            }
            return null;
        }
    }
}
