package org.briefdesk.application.statistics;

import java.io.Serializable;
import java.util.List;
import org.briefdesk.domain.model.scoring.Period;

/** A period's statistics table (统计表): one row per unit, the totals, and the rules used. */
public record StatisticsReport(Period period, List<UnitStatistics> rows, UnitStatistics totals, String rules)
        implements Serializable {}
