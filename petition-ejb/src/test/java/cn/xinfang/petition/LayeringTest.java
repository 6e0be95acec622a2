package cn.xinfang.petition;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The product's packages keep the arrows of {@link LayeringRules}. */
class LayeringTest {

    static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xinfang.petition");
    }

    @TestFactory
    Stream<DynamicTest> productKeepsTheArrows() {
        return LayeringRules.all("cn.xinfang.petition").stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(product)));
    }
}
