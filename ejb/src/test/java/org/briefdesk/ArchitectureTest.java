package org.briefdesk;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Entity;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The layer rules of the ejb module, checked on its compiled classes: the domain stands on nothing of
 * ours, the application on the domain and on the ports it owns, and infrastructure implements those
 * ports without calling back into a use case; the search library below them stays plain Java. A broken
 * rule fails the build with the offending lines.
 */
@AnalyzeClasses(packages = "org.briefdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String DOMAIN = "org.briefdesk.domain..";
    private static final String APPLICATION = "org.briefdesk.application..";
    private static final String INFRASTRUCTURE = "org.briefdesk.infrastructure..";

    /** Application services: the beans a use case is carried out by (its ports and data are not). */
    private static final DescribedPredicate<JavaClass> USE_CASES = resideInAPackage(APPLICATION)
            .and(annotatedWith(Stateless.class)
                    .or(annotatedWith(Singleton.class))
                    .or(annotatedWith(ApplicationScoped.class)))
            .as("application services");

    @ArchTest
    static final ArchRule theDomainStandsOnNothingOfOurs = noClasses()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(APPLICATION, INFRASTRUCTURE, "org.briefdesk.interfaces..", "org.briefdesk.search..")
            .because("entities and value objects are the bottom floor: every other layer uses them");

    @ArchTest
    static final ArchRule theApplicationUsesNoInfrastructure = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(INFRASTRUCTURE, "org.briefdesk.interfaces..")
            .because("services reach printing, import, index, outbox and mail through the ports they own");

    @ArchTest
    static final ArchRule theApplicationUsesNoEntityManager = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat()
            .resideInAPackage("jakarta.persistence..")
            .because("a use case writes through repositories and the UnitOfWork port; flushing, locking and"
                    + " JPA's exceptions are the persistence adapter's");

    /**
     * What the application takes from the search library: a query's request and result records and
     * the parser's error. A justified reach: they are plain JDK types and the very words of the
     * ArchiveSearch port, so a copy owned by the application would only mirror them field by field.
     */
    private static final Set<String> QUERY_RECORDS = Set.of(
            "org.briefdesk.search.query.SearchRequest",
            "org.briefdesk.search.query.SearchResult",
            "org.briefdesk.search.query.SortOrder",
            "org.briefdesk.search.query.QuerySyntaxException");

    private static final DescribedPredicate<JavaClass> THE_INDEX = DescribedPredicate.describe(
            "the search library beyond a query's records, Lucene or HanLP",
            c -> c.getPackageName().startsWith("org.apache.lucene")
                    || c.getPackageName().startsWith("com.hankcs")
                    || (c.getPackageName().startsWith("org.briefdesk.search")
                            && !QUERY_RECORDS.contains(c.getName().split("\\$")[0])));

    @ArchTest
    static final ArchRule theApplicationReachesTheIndexThroughPorts = noClasses()
            .that()
            .resideInAPackage(APPLICATION)
            .should()
            .dependOnClassesThat(THE_INDEX)
            .because("the index is searched, fed and rebuilt through ArchiveSearch, ChangeOutbox and"
                    + " IndexMaintenance, which infrastructure.search implements");

    @ArchTest
    static final ArchRule theSearchLibraryIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.briefdesk.search..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "jakarta..",
                    "javax.ejb..",
                    "javax.persistence..",
                    "org.briefdesk.domain..",
                    APPLICATION,
                    INFRASTRUCTURE)
            .because("search-tools and the benchmarks run the library without a container; the server adapts"
                    + " it in infrastructure.search");

    @ArchTest
    static final ArchRule infrastructureCallsNoUseCase = noClasses()
            .that()
            .resideInAPackage(INFRASTRUCTURE)
            .and()
            .resideOutsideOfPackage("org.briefdesk.infrastructure.demo..")
            .should()
            .dependOnClassesThat(USE_CASES)
            .because("adapters implement the application's ports and use the data they carry; only the demo"
                    + " loader drives use cases, as an editor would");

    @ArchTest
    static final ArchRule theLayersFormNoCycle =
            slices().matching("org.briefdesk.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theUseCasesFormNoCycle =
            slices().matching("org.briefdesk.application.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theAggregatesFormNoCycle =
            slices().matching("org.briefdesk.domain.model.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theAdaptersFormNoCycle =
            slices().matching("org.briefdesk.infrastructure.(*)..").should().beFreeOfCycles();

    /**
     * The public methods of application services that still hand out an entity (or a record carrying
     * one), each with why it must: all are called by other services inside the same transaction, never
     * by pages, REST or tests (a gate cannot be package-private: an EJB proxy refuses non-public
     * methods).
     */
    private static final Map<String, String> ENTITY_RESULTS = Map.of(
            "org.briefdesk.application.item.ItemService.view",
            "the one read-visibility gate for items; scoring, instruction, attachment and similar-item"
                    + " services act on the entity it lets through",
            "org.briefdesk.application.item.OfficerItemService.ownItem",
            "the officer's write gate for items; AttachmentService attaches files to the entity it lets through",
            "org.briefdesk.application.item.TakenReportService.reportingUnit",
            "a static check shared with QuarantineService; it takes the repository, so only services call it",
            "org.briefdesk.application.item.ReportIntake.arrive",
            "the one way an item reaches the office; its Arrival record carries the new item to the mail intake,"
                    + " quarantine and taken-report services, which link the mail to it or view it in the same"
                    + " transaction");

    @ArchTest
    static final ArchRule useCasesHandOutNoEntity = methods()
            .that()
            .arePublic()
            .and()
            .areDeclaredInClassesThat(USE_CASES)
            .should(returnNoEntity())
            .because("callers get view records or ids: an entity outside its transaction is a detached"
                    + " object with lazy associations, and its setters are not the use case's rules");

    private static ArchCondition<JavaMethod> returnNoEntity() {
        return new ArchCondition<>("return no @Entity type, nor a record with one among its components") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                String name = method.getOwner().getName() + "." + method.getName();
                boolean entity = carriesEntity(method.getReturnType(), new HashSet<>());
                if (entity && !ENTITY_RESULTS.containsKey(name)) {
                    events.add(SimpleConditionEvent.violated(
                            method, name + " returns " + method.getReturnType().getName()));
                }
            }
        };
    }

    /**
     * Whether a type is, or has among its type arguments, an entity, or a record one of whose
     * components (however deeply nested in records) carries one: a view record holding an entity hands
     * it out all the same.
     */
    private static boolean carriesEntity(JavaType type, Set<JavaClass> seen) {
        for (JavaClass t : type.getAllInvolvedRawTypes()) {
            if (t.isAnnotatedWith(Entity.class)) {
                return true;
            }
            if (t.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false) && seen.add(t)) {
                for (JavaField component : t.getFields()) {
                    if (!component.getModifiers().contains(JavaModifier.STATIC)
                            && carriesEntity(component.getType(), seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
