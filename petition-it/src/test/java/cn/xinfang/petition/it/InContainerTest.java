package cn.xinfang.petition.it;

import jakarta.inject.Inject;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration test that runs inside the server, with a fresh test county of its own per test. */
@ExtendWith(ArquillianExtension.class)
public abstract class InContainerTest {

    @Inject
    protected Fixtures fixtures;

    protected Fixtures.County c;

    @BeforeEach
    void freshCounty() {
        c = fixtures.county();
    }
}
