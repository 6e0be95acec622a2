package cn.xinfang.petition.shared.entity;

import cn.xinfang.petition.shared.boundary.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoleTest {

    final RoleConverter converter = new RoleConverter();

    @ParameterizedTest
    @EnumSource(Role.class)
    void roundTripsThroughTheConverter(Role role) {
        String column = converter.convertToDatabaseColumn(role);
        assertEquals(role.roleName(), column);
        assertEquals(role, converter.convertToEntityAttribute(column));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void ofRoleNameFindsEachRole(Role role) {
        assertEquals(Optional.of(role), Role.ofRoleName(role.roleName()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ADMIN", "Admin", "superuser", " admin", "admin "})
    void unknownRoleNameIsEmpty(String name) {
        assertTrue(Role.ofRoleName(name).isEmpty());
    }

    @Test
    void nullRoleNameIsEmpty() {
        assertTrue(Role.ofRoleName(null).isEmpty());
    }

    @Test
    void converterPassesNullThrough() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void converterRefusesUnknownNames() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute("root"));
        assertTrue(e.getMessage().contains("root"));
    }

    @Test
    void roleNamesAreTheConstantsOfRoles() throws IllegalAccessException {
        Map<String, String> constants = new TreeMap<>();
        for (Field f : Roles.class.getDeclaredFields()) {
            int mod = f.getModifiers();
            if (Modifier.isPublic(mod) && Modifier.isStatic(mod) && Modifier.isFinal(mod) && f.getType() == String.class) {
                constants.put(f.getName(), (String) f.get(null));
            }
        }
        Map<String, String> roles = Arrays.stream(Role.values())
                .collect(Collectors.toMap(Role::name, Role::roleName, (a, b) -> a, TreeMap::new));
        assertEquals(constants, roles, "each Role is named like its Roles constant and carries its value");
    }

    @Test
    void roleNamesAreSpelledAsDocumented() {
        assertEquals("registrar", Role.REGISTRAR.roleName());
        assertEquals(Roles.REGISTRAR, Role.REGISTRAR.roleName());
        assertEquals(Roles.OFFICER, Role.OFFICER.roleName());
        assertEquals(Roles.UNIT_CLERK, Role.UNIT_CLERK.roleName());
        assertEquals(Roles.UNIT_LEADER, Role.UNIT_LEADER.roleName());
        assertEquals(Roles.COUNTY_LEADER, Role.COUNTY_LEADER.roleName());
        assertEquals(Roles.APPRAISER, Role.APPRAISER.roleName());
        assertEquals(Roles.ADMIN, Role.ADMIN.roleName());
    }

    @Test
    void roleNamesAreUnique() {
        Set<String> names = Arrays.stream(Role.values()).map(Role::roleName).collect(Collectors.toSet());
        assertEquals(Role.values().length, names.size());
    }

    @Test
    void countyWideRoles() {
        Set<Role> countyWide = Arrays.stream(Role.values()).filter(Role::countyWide).collect(Collectors.toSet());
        assertEquals(Set.of(Role.OFFICER, Role.ADMIN, Role.COUNTY_LEADER, Role.APPRAISER), countyWide);
    }
}
