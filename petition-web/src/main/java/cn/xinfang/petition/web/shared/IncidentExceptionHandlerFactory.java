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
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import cn.xinfang.petition.shared.boundary.NotFoundException;
import cn.xinfang.petition.shared.boundary.NotPermittedException;

import java.io.IOException;
import java.util.Iterator;

/**
 * Every exception a Faces request did not handle ends here, for full-page and Ajax requests
 * alike: expired views (and posts whose view state restores no view) go back to the page, refusals
 * to the "not permitted" page, and anything else to the error page with an incident id.
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
                ExceptionQueuedEventContext event = events.next().getContext();
                Throwable t = event.getException();
                events.remove();
                if (target != null) {
                    continue;
                }
                target = unrestorable(fc, event) ? expired(fc, t) : targetFor(fc, t);
            }
            if (target != null && !fc.getExternalContext().isResponseCommitted()) {
                ExternalContext ec = fc.getExternalContext();
                try {
                    if (fc.getViewRoot() == null) {
                        // the redirect ends the Flash's request, which needs a view root (none when the view could not be restored)
                        fc.setViewRoot(fc.getApplication().getViewHandler().createView(fc, "/index.xhtml"));
                    }
                    ec.getFlash().setKeepMessages(false);
                    ec.redirect(ec.getRequestContextPath() + target);
                    fc.responseComplete();
                } catch (IOException | RuntimeException e) {
                    Incidents.record("redirect to error page", e);
                }
            }
            getWrapped().handle();
        }

        /**
         * A post whose view state names no view or a forged one ("stateless" for a view that is not,
         * say): restoring the view failed, which for the person means the same as an expired page.
         * Initial requests (GET) keep their incident: a failure there is the page's own.
         */
        static boolean unrestorable(FacesContext fc, ExceptionQueuedEventContext event) {
            ExternalContext ec = fc.getExternalContext();
            return PhaseId.RESTORE_VIEW.equals(event.getPhaseId()) && "POST".equals(((HttpServletRequest) ec.getRequest()).getMethod())
                    && !(event.getException() instanceof ViewExpiredException);
        }

        private static String expired(FacesContext fc, Throwable t) {
            String view = fc.getExternalContext().getRequestServletPath();
            Incidents.badRequest(view, t);
            return view == null || !view.endsWith(".xhtml") ? "/index.xhtml" : view + "?expired=1";
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
