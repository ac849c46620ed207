package org.briefdesk.interfaces;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.util.List;
import java.util.Set;

/**
 * The layer rules of the web module: pages and the REST API reach the server only through
 * application services and get view records back, never a JPA entity to keep or to serialise.
 */
@AnalyzeClasses(packages = "org.briefdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theInterfacesUseNoInfrastructure = noClasses()
            .that()
            .resideInAPackage("org.briefdesk.interfaces..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.briefdesk.infrastructure..")
            .because(
                    "pages and the API go through application services, which own the ports infrastructure implements");

    /**
     * The search library's records that SearchService's own API carries (the result with its hits and
     * facets, the sort order, the deepest page): pages and the API read them as they come, as the
     * application does; everything else of the library is the application's to call.
     */
    private static final Set<String> QUERY_RECORDS = Set.of(
            "org.briefdesk.search.query.SearchRequest",
            "org.briefdesk.search.query.SearchResult",
            "org.briefdesk.search.query.SearchHit",
            "org.briefdesk.search.query.FacetCount",
            "org.briefdesk.search.query.SortOrder");

    @ArchTest
    static final ArchRule theInterfacesSearchThroughTheApplication = noClasses()
            .that()
            .resideInAPackage("org.briefdesk.interfaces..")
            .should()
            .dependOnClassesThat(DescribedPredicate.describe(
                    "the search library beyond the records of a query, Lucene or HanLP",
                    c -> c.getPackageName().startsWith("org.apache.lucene")
                            || c.getPackageName().startsWith("com.hankcs")
                            || (c.getPackageName().startsWith("org.briefdesk.search")
                                    && !QUERY_RECORDS.contains(c.getName().split("\\$")[0]))))
            .because("pages and the API search through SearchService, which reaches the index through its ports");

    @ArchTest
    static final ArchRule beansHoldNoEntity = fields().that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.briefdesk.interfaces..")
            .and()
            .areNotStatic()
            .should(new ArchCondition<JavaField>("hold no JPA entity") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    entitiesIn(field.getType())
                            .forEach(e -> events.add(SimpleConditionEvent.violated(
                                    field, field.getFullName() + " holds the entity " + e.getSimpleName())));
                }
            })
            .because("a view-scoped bean is serialised with the session and an entity outside its transaction"
                    + " is a stale, lazily loaded copy: pages keep view records");

    @ArchTest
    static final ArchRule theApiReturnsNoEntity = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("org.briefdesk.interfaces.rest..")
            .and()
            .arePublic()
            .should(new ArchCondition<JavaMethod>("return no JPA entity") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    entitiesIn(method.getReturnType())
                            .forEach(e -> events.add(SimpleConditionEvent.violated(
                                    method, method.getFullName() + " returns the entity " + e.getSimpleName())));
                }
            })
            .because("the JSON of an entity is its table, not the API's contract");

    @ArchTest
    static final ArchRule theInterfacesUseNoEntity = classes()
            .that()
            .resideInAPackage("org.briefdesk.interfaces..")
            .should(new ArchCondition<JavaClass>("depend on no JPA entity, nor on a type nested in one") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    c.getDirectDependenciesFromSelf().stream()
                            .filter(d -> partOfEntity(d.getTargetClass()))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            })
            .because("application services hand pages and the API view records built inside their transaction,"
                    + " so no page loads lazily and no entity's shape leaks into a page or the JSON; a value the"
                    + " pages need too (a kind, a status) stands on its own beside the entity");

    private static boolean partOfEntity(JavaClass c) {
        for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
            if (k.isAnnotatedWith(Entity.class)) {
                return true;
            }
        }
        return false;
    }

    private static List<JavaClass> entitiesIn(JavaType type) {
        return type.getAllInvolvedRawTypes().stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .toList();
    }
}
