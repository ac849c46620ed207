package org.briefdesk.it;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.briefdesk.application.access.Actor;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.scoring.OutletView;
import org.briefdesk.application.statistics.StatisticsReport;
import org.briefdesk.application.statistics.UnitStatistics;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.unit.UnitKind;

/**
 * What the scoring and statistics tests make for themselves (add it to the deployment with
 * {@link DeskFixture} and inject it): units, officers and outlets named with one run suffix, so that
 * data left by other tests in the same database cannot change what is counted; and a unit's row of a
 * report.
 */
@Dependent
public class ScoringFixture {

    @Inject
    DeskFixture desk;

    @Inject
    OutletService outlets;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    /** The run suffix the names of this test's units and outlets end with. */
    public String run() {
        return run;
    }

    /** A unit of this run with one officer. */
    public Actor officerOf(String shortName, UnitKind kind, boolean key) throws Exception {
        return desk.officer(desk.newUnitNamed(shortName + run, kind, key), shortName + "信息员", null);
    }

    /** An outlet (刊物) of this run, made by the editor. */
    public OutletView outlet(String name, OutletLevel level, String medium) {
        return outlets.create(desk.editor(), name + run, level, medium);
    }

    /** The unit's row of the report. */
    public static UnitStatistics row(StatisticsReport report, long unitId) {
        return report.rows().stream()
                .filter(r -> r.getUnitId() == unitId)
                .findFirst()
                .orElseThrow();
    }
}
