package cn.xinfang.petition.audit.entity;

import jakarta.ejb.EJBContext;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/** Stamps each revision with the caller principal of the EJB call that made it (beside {@link Revision}, which names it). */
public class RevisionUserListener implements RevisionListener {

    static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(callerName());
    }

    private static String callerName() {
        try {
            EJBContext ctx = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal p = ctx.getCallerPrincipal();
            return p == null ? SYSTEM : p.getName();
        } catch (NamingException | IllegalStateException e) {
            // not inside an EJB call (e.g. startup data loading)
            return SYSTEM;
        }
    }
}
