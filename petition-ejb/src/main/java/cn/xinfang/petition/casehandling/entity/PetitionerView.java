package cn.xinfang.petition.casehandling.entity;

import java.io.Serializable;

/**
 * A matter's petitioner as the caller may see them: ID number, phone and address masked for roles
 * that do not need them. {@code name}, {@code phone} and {@code address} are those the matter was
 * registered with; the {@code current…} ones are the petitioner's record now, which a later
 * registration may have changed ({@code changedSince}).
 */
public record PetitionerView(Long id, String name, String idNumber, String phone, String address, boolean masked,
                             String currentName, String currentPhone, String currentAddress, boolean changedSince)
        implements Serializable {
}
