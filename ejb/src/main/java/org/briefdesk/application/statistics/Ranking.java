package org.briefdesk.application.statistics;

import java.io.Serializable;
import java.util.List;
import org.briefdesk.domain.model.scoring.Period;

/**
 * The half-year or annual evaluation (考核评比): top 3 工委, top 5 部门, top 5 街乡镇 among the key
 * network units, top 5 information officers, and ordinary units whose score reaches the last
 * commended key unit of their kind (非重点网络单位工作突出). Each list is in shared ranks: units tied on
 * the last place are all listed, so a list may be longer than its number of places.
 */
public record Ranking(
        Period period,
        List<UnitStatistics> gongwei,
        List<UnitStatistics> departments,
        List<UnitStatistics> streets,
        List<OfficerScore> officers,
        List<UnitStatistics> outstanding)
        implements Serializable {

    /**
     * An information officer's score: their items' submissions, adoptions and instructions, and their
     * shared rank among the officers.
     */
    public record OfficerScore(
            int rank,
            long accountId,
            String name,
            String unitName,
            long submitted,
            long adopted,
            long instructions,
            long score)
            implements Serializable {}
}
