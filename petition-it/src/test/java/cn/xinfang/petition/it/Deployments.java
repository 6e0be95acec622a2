package cn.xinfang.petition.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Test deployments are the real, built EAR; in-container tests add this package (tests and their
 * helpers) to the EAR's web module, where Arquillian's servlet runs them.
 */
public final class Deployments {

    private static final String RUNNER_ACCESS = """
            <web-fragment xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0">
                <name>arquillian_runner_access</name>
                <security-constraint>
                    <web-resource-collection>
                        <web-resource-name>arquillian</web-resource-name>
                        <url-pattern>/ArquillianServletRunner</url-pattern>
                        <url-pattern>/ArquillianServletRunnerEE9</url-pattern>
                    </web-resource-collection>
                </security-constraint>
            </web-fragment>
            """;

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("petition.it.ear", "target/petition.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("built EAR not found at " + file + " (run mvn verify from the root)");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /** The EAR with the in-container tests added to its web module. */
    public static EnterpriseArchive earWithTests() {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, "petition-web.war");
        web.addPackage(Deployments.class.getPackage());
        // the product protects every URL; Arquillian's test runner servlet must be reachable
        web.addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-runner-access.jar")
                .addAsManifestResource(new StringAsset(RUNNER_ACCESS), "web-fragment.xml"));
        return ear;
    }
}
