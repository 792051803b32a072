package dk.sygesikring.server.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The hexagon, held by the build: dependencies point inward (adapters → application → domain),
 * generated contract code stays in the REST adapter, and adapters meet only in the server.
 * Classes Micronaut's compiler writes ({@code $Foo$Definition}, ...) are not hand-written and are left out.
 */
@AnalyzeClasses(packages = "dk.sygesikring", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "dk.sygesikring.domain..";
    private static final String APPLICATION = "dk.sygesikring.application..";
    private static final String GENERATED_API = "dk.sygesikring.api..";
    /** The one place of the application that renders letter templates, with Mustache (ADR 0031). */
    private static final String LETTER_TEMPLATES = "dk.sygesikring.application.letter.template..";
    private static final String DEVELOPMENT = "dk.sygesikring.dev";
    /** Bean definitions and introspections Micronaut's annotation processor writes next to a class: {@code pkg.$Foo$Definition}. */
    private static final DescribedPredicate<JavaClass> WRITTEN_BY_MICRONAUT = DescribedPredicate.describe(
            "written by Micronaut's compiler", javaClass -> javaClass.getName().matches(".*\\.\\$[^.]*"));

    @ArchTest
    static final ArchRule the_domain_depends_on_nothing_but_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

    @ArchTest
    static final ArchRule the_application_sees_the_domain_and_jakarta_inject_only = classes()
            .that().resideInAPackage(APPLICATION).and(not(WRITTEN_BY_MICRONAUT)).and(not(resideInAPackage(LETTER_TEMPLATES)))
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..");

    /** A template library is a text function, not a framework: allowed where the templates are rendered, nowhere else. */
    @ArchTest
    static final ArchRule the_letter_templates_see_the_domain_and_mustache_only = classes()
            .that().resideInAPackage(LETTER_TEMPLATES)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "com.samskivert.mustache..");

    /** The development module implements one operation of the contract: the development token endpoint. */
    @ArchTest
    static final ArchRule only_the_rest_adapter_sees_the_generated_contract_code = noClasses()
            .that().resideOutsideOfPackages("dk.sygesikring.adapters.rest..", GENERATED_API, DEVELOPMENT + ".tokens..")
            .should().dependOnClassesThat().resideInAPackage(GENERATED_API);

    @ArchTest
    static final ArchRule adapters_do_not_see_each_other = slices()
            .matching("dk.sygesikring.adapters.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule simulators_stand_apart_from_the_service = noClasses()
            .that().resideInAPackage("dk.sygesikring.simulators..")
            .should().dependOnClassesThat(resideInAnyPackage(APPLICATION, "dk.sygesikring.adapters..", "dk.sygesikring.server..", GENERATED_API));

    @ArchTest
    static final ArchRule production_code_does_not_depend_on_development_code = noClasses()
            .that().resideOutsideOfPackages(DEVELOPMENT + "..", "dk.sygesikring.simulators..")
            .should().dependOnClassesThat(resideInAnyPackage(DEVELOPMENT + "..", "dk.sygesikring.simulators.."));

    @ArchTest
    static final ArchRule nothing_inside_depends_on_adapters_or_the_server = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat(resideInAnyPackage("dk.sygesikring.adapters..", "dk.sygesikring.server..", "dk.sygesikring.simulators.."));

    @ArchTest
    static final ArchRule business_code_asks_the_clock_port_for_time = noClasses()
            .that(resideInAnyPackage(DOMAIN, APPLICATION).and(not(WRITTEN_BY_MICRONAUT)))
            .should().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now");

    @ArchTest
    static final ArchRule adapters_are_not_reached_from_the_generated_code = noClasses()
            .that(resideInAPackage(GENERATED_API))
            .should().dependOnClassesThat(resideInAPackage("dk.sygesikring.adapters.."));
}
