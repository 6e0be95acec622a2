package cn.xinfang.petition.shared.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Schedules;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timeout;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Security lives in the EJB layer: every public method of every session bean says who may call it
 * (@RolesAllowed, or @PermitAll where it is truly public), on the method or on the class. Container
 * callbacks and timers are not business methods.
 */
class EveryBusinessMethodHasRolesTest {

    @Test
    void everySessionBeanMethodDeclaresItsRoles() throws Exception {
        List<Class<?>> beans = sessionBeans();
        assertTrue(beans.size() >= 10, "found the session beans: " + beans);
        List<String> missing = new ArrayList<>();
        for (Class<?> bean : beans) {
            boolean classLevel = bean.isAnnotationPresent(RolesAllowed.class) || bean.isAnnotationPresent(PermitAll.class)
                    || bean.isAnnotationPresent(DenyAll.class);
            for (Method m : bean.getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers()) || m.isSynthetic()
                        || callback(m)) {
                    continue;
                }
                boolean declared = m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class)
                        || m.isAnnotationPresent(DenyAll.class);
                if (!declared && !classLevel) {
                    missing.add(bean.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), missing, "business methods without @RolesAllowed or @PermitAll");
    }

    private static boolean callback(Method m) {
        return m.isAnnotationPresent(PostConstruct.class) || m.isAnnotationPresent(PreDestroy.class)
                || m.isAnnotationPresent(Schedule.class) || m.isAnnotationPresent(Schedules.class)
                || m.isAnnotationPresent(Timeout.class);
    }

    private static List<Class<?>> sessionBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Roles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, EveryBusinessMethodHasRolesTest.class.getClassLoader());
                if (c.isAnnotationPresent(Stateless.class) || c.isAnnotationPresent(Singleton.class)
                        || c.isAnnotationPresent(Stateful.class)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
