package ru.ejournal.it.browser;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.ejournal.it.support.Deployments;

/**
 * A browser test of the real EAR with its demo school, run from the client side: a fresh headless
 * Chromium for each test, closed after it. A subclass's own {@code @BeforeEach} runs after the browser
 * is open.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DemoBrowserTest {

    @Deployment
    public static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
