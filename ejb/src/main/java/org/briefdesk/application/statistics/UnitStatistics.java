package org.briefdesk.application.statistics;

import java.io.Serializable;
import java.util.List;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.scoring.ScoreStatistics.LineTotal;
import org.briefdesk.domain.model.scoring.ScoredRecord;
import org.briefdesk.domain.model.scoring.SharedRanks;

/**
 * One unit's (or the total's) line of the statistics table (单位统计): submissions, adoptions by level
 * and mode, instructions, points, the weekly quota and solicitation answers.
 */
public class UnitStatistics implements Serializable {

    private final Long unitId;
    private final String unitName;
    private final String kindLabel;
    private final boolean keyUnit;
    private long submitted;
    private long submissionPoints;
    /** [level][mode] counts of adoption credits. */
    private final long[][] adopted = new long[OutletLevel.values().length][AdoptionMode.values().length];

    private long adoptionPoints;
    private long instructions;
    private long instructionPoints;
    private int quotaWeeks;
    private int quotaWeeksMet;
    private int answered;
    private int late;
    private int missed;
    /** Items of the period judged 正面, 负面, 预警, 敏感 (the plan's balance of information). */
    private final long[] judgements = new long[4];

    private int rank;

    public UnitStatistics(Long unitId, String unitName, String kindLabel, boolean keyUnit) {
        this.unitId = unitId;
        this.unitName = unitName;
        this.kindLabel = kindLabel;
        this.keyUnit = keyUnit;
    }

    void addSubmissions(long count, int pointsEach) {
        submitted += count;
        submissionPoints += count * pointsEach;
    }

    void add(LineTotal t) {
        if (t.kind() == ScoredRecord.Kind.ADOPTION) {
            adopted[OutletLevel.valueOf(t.levelName()).ordinal()][t.mode().ordinal()] += t.count();
            adoptionPoints += t.credited();
        } else {
            instructions += t.count();
            instructionPoints += t.credited();
        }
    }

    /** Gives the rows, ordered by score best first, their shared ranks (1, 2, 2, 4). */
    static void rank(List<UnitStatistics> bestFirst) {
        SharedRanks ranks = SharedRanks.of(bestFirst, UnitStatistics::getScore);
        for (int i = 0; i < bestFirst.size(); i++) {
            bestFirst.get(i).rank = ranks.rankAt(i);
        }
    }

    void quotaWeek(boolean met) {
        quotaWeeks++;
        if (met) {
            quotaWeeksMet++;
        }
    }

    void answered() {
        answered++;
    }

    void late() {
        late++;
    }

    void missed() {
        missed++;
    }

    void addJudgements(long[] counts) {
        for (int i = 0; i < judgements.length; i++) {
            judgements[i] += counts[i];
        }
    }

    public long getPositive() {
        return judgements[0];
    }

    public long getNegative() {
        return judgements[1];
    }

    public long getEarlyWarnings() {
        return judgements[2];
    }

    public long getSensitive() {
        return judgements[3];
    }

    /** Adds another row into this one (the totals line). */
    void addAll(UnitStatistics o) {
        submitted += o.submitted;
        submissionPoints += o.submissionPoints;
        for (int l = 0; l < adopted.length; l++) {
            for (int m = 0; m < adopted[l].length; m++) {
                adopted[l][m] += o.adopted[l][m];
            }
        }
        adoptionPoints += o.adoptionPoints;
        instructions += o.instructions;
        instructionPoints += o.instructionPoints;
        quotaWeeks += o.quotaWeeks;
        quotaWeeksMet += o.quotaWeeksMet;
        answered += o.answered;
        late += o.late;
        missed += o.missed;
        addJudgements(o.judgements);
    }

    public long adopted(OutletLevel level, AdoptionMode mode) {
        return adopted[level.ordinal()][mode.ordinal()];
    }

    /** The shared rank by score in the list this row was ranked in; 0 for the totals line. */
    public int getRank() {
        return rank;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getUnitName() {
        return unitName;
    }

    public String getKindLabel() {
        return kindLabel;
    }

    public boolean isKeyUnit() {
        return keyUnit;
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getSubmissionPoints() {
        return submissionPoints;
    }

    public long getDistrictFull() {
        return adopted(OutletLevel.DISTRICT, AdoptionMode.FULL);
    }

    public long getDistrictCombined() {
        return adopted(OutletLevel.DISTRICT, AdoptionMode.COMBINED);
    }

    public long getCityFull() {
        return adopted(OutletLevel.CITY, AdoptionMode.FULL);
    }

    public long getCityCombined() {
        return adopted(OutletLevel.CITY, AdoptionMode.COMBINED);
    }

    public long getNationalFull() {
        return adopted(OutletLevel.NATIONAL, AdoptionMode.FULL);
    }

    public long getNationalCombined() {
        return adopted(OutletLevel.NATIONAL, AdoptionMode.COMBINED);
    }

    public long getAdoptedTotal() {
        long n = 0;
        for (long[] byMode : adopted) {
            for (long c : byMode) {
                n += c;
            }
        }
        return n;
    }

    public long getAdoptionPoints() {
        return adoptionPoints;
    }

    public long getInstructions() {
        return instructions;
    }

    public long getInstructionPoints() {
        return instructionPoints;
    }

    public long getScore() {
        return submissionPoints + adoptionPoints + instructionPoints;
    }

    public int getQuotaWeeks() {
        return quotaWeeks;
    }

    public int getQuotaWeeksMet() {
        return quotaWeeksMet;
    }

    /** e.g. "3/4"; blank for ordinary units, which owe no quota. */
    public String getQuotaText() {
        return keyUnit || quotaWeeks > 0 || unitId == null ? quotaWeeksMet + "/" + quotaWeeks : "—";
    }

    public int getAnswered() {
        return answered;
    }

    public int getLate() {
        return late;
    }

    public int getMissed() {
        return missed;
    }
}
