package cn.xinfang.petition.web.organization;

import cn.xinfang.petition.shared.entity.Role;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.util.Arrays;
import cn.xinfang.petition.web.shared.Bundle;

/** Roles in check boxes: submitted as the enum name, refused if not one of the roles. */
@FacesConverter("role")
public class RoleFacesConverter implements Converter<Role> {

    @Override
    public Role getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).findFirst()
                .orElseThrow(() -> new ConverterException(Bundle.text("error.user.rolesRequired")));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Role value) {
        return value == null ? "" : value.name();
    }
}
