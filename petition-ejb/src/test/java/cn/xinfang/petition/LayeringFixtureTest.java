package cn.xinfang.petition;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules of {@link LayeringRules} against two small fixtures in {@code layeringfixture}: one
 * whose arrows all point down (every rule holds), and one with one arrow pointing up per rule
 * (every rule reports it). A rule that cannot fail would pass the first and miss the second.
 */
class LayeringFixtureTest {

    private static final String CLEAN = "cn.xinfang.petition.layeringfixture.clean";
    private static final String UPWARD = "cn.xinfang.petition.layeringfixture.upward";

    /** Each rule, and the class of the upward fixture whose arrow it must report. */
    private static final Map<Function<String, ArchRule>, String> CAUGHT = new LinkedHashMap<>();

    static {
        CAUGHT.put(LayeringRules::noCyclesBetweenFeatures, "casehandling.boundary.Housekeeping");
        CAUGHT.put(LayeringRules::featuresPointDown, "casehandling.boundary.Housekeeping");
        CAUGHT.put(LayeringRules::sharedDependsOnNoFeature, "shared.control.CurrentUser");
        CAUGHT.put(LayeringRules::organizationDependsOnlyOnShared, "organization.boundary.Units");
        CAUGHT.put(LayeringRules::casehandlingDependsOnlyOnOrganizationAndShared, "casehandling.boundary.Housekeeping");
        CAUGHT.put(LayeringRules::noFeatureImportsAudit, "casehandling.entity.Matter");
        CAUGHT.put(LayeringRules::featuresReadCasehandlingThroughItsBoundary, "citizen.boundary.PublicPetitions");
        CAUGHT.put(LayeringRules::controlAndEntityDoNotUseBoundaries, "casehandling.control.Registrar");
        CAUGHT.put(LayeringRules::entitiesDoNotUseControls, "organization.entity.User");
    }

    @Test
    void everyRuleIsExercised() {
        assertEquals(LayeringRules.all(UPWARD).stream().map(ArchRule::getDescription).toList(),
                CAUGHT.keySet().stream().map(r -> r.apply(UPWARD).getDescription()).toList());
    }

    @TestFactory
    Stream<DynamicTest> downwardArrowsPass() {
        JavaClasses classes = new ClassFileImporter().importPackages(CLEAN);
        return LayeringRules.all(CLEAN).stream()
                .map(rule -> DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(classes)));
    }

    @TestFactory
    Stream<DynamicTest> anArrowPointingUpFails() {
        JavaClasses classes = new ClassFileImporter().importPackages(UPWARD);
        return CAUGHT.entrySet().stream().map(e -> {
            ArchRule rule = e.getKey().apply(UPWARD);
            String offender = UPWARD + "." + e.getValue();
            return DynamicTest.dynamicTest(rule.getDescription(), () -> {
                EvaluationResult result = rule.evaluate(classes);
                assertTrue(result.hasViolation(), "no violation reported");
                String report = String.join("\n", result.getFailureReport().getDetails());
                assertTrue(report.contains(offender), () -> "the report does not name " + offender + ":\n" + report);
            });
        });
    }

    @Test
    void theProductRulesDoNotSeeTheFixtures() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xinfang.petition");
        assertFalse(classes.containPackage(UPWARD), "the fixtures are test classes and stay out of LayeringTest");
    }
}
