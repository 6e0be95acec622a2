package cn.xinfang.petition.it;

import com.icegreen.greenmail.util.GreenMail;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The one deployment of the whole integration suite (arquillian-suite-extension, configured in
 * arquillian.xml): the built EAR with the in-container tests and GreenMail added to its web module,
 * deployed once before the first test class and undeployed before the server stops. Test classes
 * therefore declare no deployment of their own; those that talk to the server from outside (HTTP,
 * browser) are marked {@code @RunAsClient}. Each class still works on data of its own
 * ({@link Fixtures#county()}), since the server's state outlives a class.
 */
@ArquillianSuiteDeployment
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        EnterpriseArchive ear = Deployments.earWithTests();
        ear.getAsType(WebArchive.class, "petition-web.war")
                .addAsLibrary(new File(GreenMail.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        return ear;
    }
}
