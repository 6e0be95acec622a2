package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;

/** A petitioner as the caller may see them: ID number, phone and address masked for roles that do not need them. */
public record PetitionerView(Long id, String name, String idNumber, String phone, String address, boolean masked)
        implements Serializable {
}
