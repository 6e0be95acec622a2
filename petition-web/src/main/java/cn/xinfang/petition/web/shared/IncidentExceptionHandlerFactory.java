package cn.xinfang.petition.web.shared;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;

import java.io.IOException;
import java.util.Iterator;

/**
 * Every exception a Faces request did not handle ends here, for full-page and Ajax requests
 * alike: expired views go back to the page, refusals to the "not permitted" page, and anything
 * else to the error page with an incident id.
 */
public class IncidentExceptionHandlerFactory extends ExceptionHandlerFactory {

    public IncidentExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            FacesContext fc = FacesContext.getCurrentInstance();
            Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
            String target = null;
            while (events.hasNext()) {
                Throwable t = events.next().getContext().getException();
                events.remove();
                if (target != null) {
                    continue;
                }
                target = targetFor(fc, t);
            }
            if (target != null && !fc.getExternalContext().isResponseCommitted()) {
                ExternalContext ec = fc.getExternalContext();
                try {
                    ec.getFlash().setKeepMessages(false);
                    ec.redirect(ec.getRequestContextPath() + target);
                    fc.responseComplete();
                } catch (IOException | RuntimeException e) {
                    Incidents.record("redirect to error page", e);
                }
            }
            getWrapped().handle();
        }

        private static String targetFor(FacesContext fc, Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause()) {
                if (c instanceof ViewExpiredException vee) {
                    return vee.getViewId() == null ? "/index.xhtml" : vee.getViewId() + "?expired=1";
                }
                if (c instanceof EJBAccessException || c instanceof NotPermittedException) {
                    Incidents.refused(fc.getViewRoot() == null ? "?" : fc.getViewRoot().getViewId(), c);
                    return "/forbidden.xhtml";
                }
                if (c instanceof NotFoundException) {
                    return "/not-found.xhtml";
                }
            }
            Throwable root = t;
            while (root instanceof FacesException && root.getCause() != null) {
                root = root.getCause();
            }
            String view = fc.getViewRoot() == null ? "?" : fc.getViewRoot().getViewId();
            return "/error.xhtml?incident=" + Incidents.record(view, root);
        }
    }
}
