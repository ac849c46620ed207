package org.briefdesk.search;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The search library's rooms (issue 15): the facade on top, field names at the bottom, no cycle. */
@AnalyzeClasses(packages = "org.briefdesk.search", importOptions = ImportOption.DoNotIncludeTests.class)
class SearchPackagesTest {

    @ArchTest
    static final ArchRule noPackageCycles =
            slices().matching("org.briefdesk.search.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theBottomUsesNothingOfTheLibrary = noClasses()
            .that()
            .resideInAnyPackage("org.briefdesk.search.document..", "org.briefdesk.search.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.briefdesk.search", "org.briefdesk.search.query..", "org.briefdesk.search.similar..");

    @ArchTest
    static final ArchRule nothingReachesUpToTheFacade = noClasses()
            .that()
            .resideInAnyPackage(
                    "org.briefdesk.search.query..",
                    "org.briefdesk.search.similar..",
                    "org.briefdesk.search.document..",
                    "org.briefdesk.search.analysis..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.briefdesk.search");

    @ArchTest
    static final ArchRule queryAndSimilarStayApart = noClasses()
            .that()
            .resideInAPackage("org.briefdesk.search.similar..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.briefdesk.search.query..");
}
