package cn.xinfang.petition.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a role as the name the container checks, which the Elytron realm reads as is. */
@Converter
public class RoleConverter implements AttributeConverter<Role, String> {

    @Override
    public String convertToDatabaseColumn(Role role) {
        return role == null ? null : role.roleName();
    }

    @Override
    public Role convertToEntityAttribute(String name) {
        return name == null ? null : Role.ofRoleName(name)
                .orElseThrow(() -> new IllegalStateException("unknown role in database: " + name));
    }
}
