package cn.xinfang.petition;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows of the architecture, for the classes under one base package: the product's
 * ({@code cn.xinfang.petition}) in {@link LayeringTest}, and small fixtures that obey or break
 * them in {@link LayeringFixtureTest}, which shows that each rule can fail.
 * <pre>
 * features (citizen, and the coming statistics, supervision, reception, appraisal)
 *   → casehandling → organization → shared
 * audit: reads the entities through Envers; no other package of the EJB module imports it
 * inside every package: boundary → control → entity
 * </pre>
 * The one allowed upward import: the business exceptions ({@code *Exception}) and the role
 * names ({@code Roles}) of {@code shared.boundary} may be used from any layer. Entities guard
 * their invariants by throwing them, and the container checks role names everywhere; they are
 * the vocabulary every layer speaks, kept where the boundaries (and the pages) find them.
 */
final class LayeringRules {

    /** The features above casehandling; the ones not written yet are listed so that they start under the rules. */
    static final List<String> FEATURES = List.of("citizen", "statistics", "supervision", "reception", "appraisal", "accountability");

    private LayeringRules() {
    }

    static List<ArchRule> all(String base) {
        return List.of(noCyclesBetweenFeatures(base), featuresPointDown(base), sharedDependsOnNoFeature(base),
                organizationDependsOnlyOnShared(base), casehandlingDependsOnlyOnOrganizationAndShared(base),
                noFeatureImportsAudit(base), featuresReadCasehandlingThroughItsBoundary(base),
                controlAndEntityDoNotUseBoundaries(base), entitiesDoNotUseControls(base));
    }

    static ArchRule noCyclesBetweenFeatures(String base) {
        return slices().matching(base + ".(*)..").namingSlices("$1").should().beFreeOfCycles()
                .as("no cycles between features");
    }

    static ArchRule featuresPointDown(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("features").definedBy(packages(base, FEATURES))
                .layer("casehandling").definedBy(base + ".casehandling..")
                .layer("organization").definedBy(base + ".organization..")
                .layer("shared").definedBy(base + ".shared..")
                .layer("audit").definedBy(base + ".audit..")
                .whereLayer("features").mayNotBeAccessedByAnyLayer()
                .whereLayer("casehandling").mayOnlyBeAccessedByLayers("features")
                .whereLayer("organization").mayOnlyBeAccessedByLayers("features", "casehandling")
                .whereLayer("shared").mayOnlyBeAccessedByLayers("features", "casehandling", "organization", "audit")
                .whereLayer("audit").mayNotBeAccessedByAnyLayer()
                .as("features point down: features → casehandling → organization → shared; audit on the side");
    }

    static ArchRule sharedDependsOnNoFeature(String base) {
        return noClasses().that().resideInAPackage(base + ".shared..")
                .should().dependOnClassesThat(inBaseOutside(base, "shared"))
                .as("shared depends on no feature");
    }

    static ArchRule organizationDependsOnlyOnShared(String base) {
        return noClasses().that().resideInAPackage(base + ".organization..")
                .should().dependOnClassesThat(inBaseOutside(base, "organization", "shared"))
                .as("organization depends on nothing but shared");
    }

    static ArchRule casehandlingDependsOnlyOnOrganizationAndShared(String base) {
        return noClasses().that().resideInAPackage(base + ".casehandling..")
                .should().dependOnClassesThat(inBaseOutside(base, "casehandling", "organization", "shared"))
                .as("casehandling depends on nothing but organization and shared");
    }

    static ArchRule noFeatureImportsAudit(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".audit..")
                .should().dependOnClassesThat().resideInAPackage(base + ".audit..")
                .as("no feature imports audit");
    }

    /** A feature reads the matter through casehandling's boundary and its view records, never its controls or its tables. */
    static ArchRule featuresReadCasehandlingThroughItsBoundary(String base) {
        return noClasses().that().resideInAnyPackage(packages(base, FEATURES))
                .should().dependOnClassesThat(resideInAPackage(base + ".casehandling.control..")
                        .or(resideInAPackage(base + ".casehandling..").and(annotatedWith(Entity.class))))
                .as("features reach casehandling only through its boundary");
    }

    static ArchRule controlAndEntityDoNotUseBoundaries(String base) {
        DescribedPredicate<JavaClass> sharedVocabulary = resideInAPackage(base + ".shared.boundary")
                .and(simpleNameEndingWith("Exception").or(simpleName("Roles")))
                .as("the business exceptions and role names of shared.boundary");
        return noClasses().that().resideInAnyPackage(base + ".*.control..", base + ".*.entity..")
                .should().dependOnClassesThat(resideInAPackage(base + ".*.boundary..").and(DescribedPredicate.not(sharedVocabulary)))
                .as("control and entity do not use boundaries (but for shared.boundary's exceptions and Roles)");
    }

    static ArchRule entitiesDoNotUseControls(String base) {
        return noClasses().that().resideInAPackage(base + ".*.entity..")
                .should().dependOnClassesThat().resideInAPackage(base + ".*.control..")
                .as("entities do not use controls");
    }

    private static String[] packages(String base, List<String> features) {
        return features.stream().map(f -> base + "." + f + "..").toArray(String[]::new);
    }

    private static DescribedPredicate<JavaClass> inBaseOutside(String base, String... allowed) {
        return resideInAPackage(base + "..")
                .and(DescribedPredicate.not(resideInAnyPackage(packages(base, List.of(allowed)))))
                .as("classes of " + base + " outside " + String.join(", ", allowed));
    }
}
