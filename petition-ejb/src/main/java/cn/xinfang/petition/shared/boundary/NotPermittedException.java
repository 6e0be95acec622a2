package cn.xinfang.petition.shared.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The caller holds a role that may call the method, but the data belongs to a unit outside the
 * caller's scope. Deliberately says nothing about whether the data exists.
 */
@ApplicationException(rollback = true)
public class NotPermittedException extends BusinessException {

    public NotPermittedException() {
        super("error.notPermitted");
    }
}
