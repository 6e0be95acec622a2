package cn.xinfang.petition.shared.control;

import cn.xinfang.petition.shared.boundary.StaleDataException;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.OptimisticLockException;

/** Turns a lost optimistic-lock race into the message that asks the user to reload. */
public class OptimisticLockTranslator {

    @AroundInvoke
    public Object translate(InvocationContext ctx) throws Exception {
        try {
            return ctx.proceed();
        } catch (OptimisticLockException e) {
            throw new StaleDataException();
        } catch (RuntimeException e) {
            for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockException || t.getClass().getName().equals("org.hibernate.StaleObjectStateException")) {
                    throw new StaleDataException();
                }
            }
            throw e;
        }
    }
}
