package cn.xinfang.petition.shared.boundary;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException() {
        super("error.notFound");
    }
}
