package cn.xinfang.petition.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
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
 * The suite is deployed once ({@link SuiteDeployment}): a {@code @Deployment} in a test class would be
 * ignored, and an HTTP or browser test without {@code @RunAsClient} would run inside the server.
 */
class SuiteConventionsTest {

    @Test
    void testClassesDeclareNoDeploymentAndOutsideTestsRunAsClient() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<Class<?>> classes = itClasses();
        assertTrue(classes.size() > 20, "found the integration test classes: " + classes.size());
        for (Class<?> c : classes) {
            for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
                for (Method m : k.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(Deployment.class)) {
                        wrong.add(c.getName() + ": @Deployment " + m.getName() + " (the suite has one deployment, SuiteDeployment)");
                    }
                }
            }
            String pkg = c.getPackageName();
            if ((pkg.endsWith(".http") || pkg.endsWith(".browser")) && !c.isAnnotationPresent(RunAsClient.class)) {
                wrong.add(c.getName() + ": an outside test without @RunAsClient would run inside the server");
            }
        }
        assertEquals(List.of(), wrong);
    }

    static List<Class<?>> itClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(SuiteConventionsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith("IT.class")).toList()) {
                String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, SuiteConventionsTest.class.getClassLoader());
                if (!Modifier.isAbstract(c.getModifiers())) {
                    out.add(c);
                }
            }
        }
        return out;
    }
}
