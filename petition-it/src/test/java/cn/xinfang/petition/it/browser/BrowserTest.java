package cn.xinfang.petition.it.browser;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/** A browser test against the plain EAR, with a fresh headless Chromium per test. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class BrowserTest {

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.open(base);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
