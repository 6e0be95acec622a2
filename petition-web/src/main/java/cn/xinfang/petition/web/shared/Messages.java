package cn.xinfang.petition.web.shared;

import cn.xinfang.petition.shared.boundary.Conflicts;
import cn.xinfang.petition.shared.boundary.BusinessException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import java.util.function.Supplier;

/**
 * Runs one boundary call for a page and turns every refusal into a message in the user's
 * language, attached to the field it concerns. Unexpected failures are not caught here: they go
 * to the incident handler.
 */
public final class Messages {

    private Messages() {
    }

    public static boolean run(String formId, Runnable action) {
        return call(formId, () -> {
            action.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** The call's result, or null after a refusal (already shown as a message). */
    public static <T> T call(String formId, Supplier<T> action) {
        try {
            return action.get();
        } catch (BusinessException e) {
            show(formId, e);
        } catch (EJBAccessException e) {
            error(null, Bundle.text("error.notPermitted"));
        } catch (EJBException e) {
            if (Conflicts.isLostRace(e)) {
                // a concurrent writer of the same record committed first
                Incidents.conflict(formId, e);
                error(null, Bundle.text("error.stale"));
            } else if (Conflicts.isConstraintViolation(e)) {
                // a race lost at a unique index: the other request won
                Incidents.conflict(formId, e);
                error(null, Bundle.text("error.conflict"));
            } else if (e.getCause() instanceof ConstraintViolationException cve) {
                for (ConstraintViolation<?> v : cve.getConstraintViolations()) {
                    error(null, v.getMessage());
                }
            } else {
                throw e;
            }
        }
        FacesContext.getCurrentInstance().validationFailed();
        return null;
    }

    public static void show(String formId, BusinessException e) {
        String clientId = e.field() == null || formId == null ? null : formId + ":" + e.field();
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> constant) {
                args[i] = Bundle.label(constant);
            }
        }
        String text = Bundle.text(e.key(), args);
        if (clientId == null && e.field() != null) {
            // shown above the page: name the field, or "此项为必填项" would not say which
            String label = Bundle.text("field." + e.field());
            if (!label.equals("field." + e.field())) {
                text = label + "：" + text;
            }
        }
        error(clientId, text);
    }

    public static void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Bundle.text(key, args), null));
    }

    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
