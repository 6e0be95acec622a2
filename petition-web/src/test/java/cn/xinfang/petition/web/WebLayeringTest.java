package cn.xinfang.petition.web;

import cn.xinfang.petition.casehandling.boundary.OnlineMatters;
import cn.xinfang.petition.shared.control.Clocks;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Pages and REST resources make one boundary call and get view objects back: they reach no
 * control, no EntityManager and no JPA entity of the EJB module.
 */
class WebLayeringTest {

    static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.xinfang.petition.web");
    }

    @Test
    void noControls() {
        // Clocks.ZONE: the product's time zone, for formatting and today's date on a form
        noClasses().should().dependOnClassesThat(resideInAPackage("cn.xinfang.petition.*.control..")
                        .and(DescribedPredicate.not(type(Clocks.class))))
                .as("web uses no control class (but the time zone of shared.control.Clocks)")
                .check(web);
    }

    @Test
    void publicPagesGoThroughTheAbuseLimits() {
        noClasses().should().dependOnClassesThat().areAssignableTo(OnlineMatters.class)
                .as("public pages call citizen.boundary.PublicPetitions (with its abuse limits), not casehandling's OnlineMatters")
                .check(web);
    }

    @Test
    void noPersistence() {
        noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .as("web uses no EntityManager or other JPA type").check(web);
    }

    @Test
    void noEntities() {
        noClasses().should().dependOnClassesThat(resideInAPackage("cn.xinfang.petition..").and(annotatedWith(Entity.class)))
                .as("web gets view records, never JPA entities").check(web);
    }
}
