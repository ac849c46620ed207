package org.briefdesk.domain.model.scoring;

import java.time.LocalDate;
import org.briefdesk.domain.model.adoption.Adoption;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.Instruction;
import org.briefdesk.domain.model.instruction.LeaderLevel;

/**
 * One adoption or instruction as it counts for one reporting unit's item. An adoption of a combined
 * item counts for each source item in COMBINED mode, whatever mode the outlet used it in.
 *
 * @param viaItemId the combined item the record was made on, or null when made on the item itself
 */
public record ScoredRecord(
        Kind kind,
        long recordId,
        LocalDate on,
        OutletLevel outletLevel,
        AdoptionMode mode,
        LeaderLevel leaderLevel,
        String source,
        Long viaItemId) {

    /** What kind of record scored (计分来源). */
    public enum Kind {
        ADOPTION("采用"),
        INSTRUCTION("批示");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    public static ScoredRecord adoption(
            long id, LocalDate on, OutletLevel level, AdoptionMode mode, String outlet, Long viaItemId) {
        return new ScoredRecord(
                Kind.ADOPTION,
                id,
                on,
                level,
                viaItemId == null ? mode : AdoptionMode.COMBINED,
                null,
                outlet,
                viaItemId);
    }

    public static ScoredRecord instruction(
            long id, LocalDate on, LeaderLevel level, String leaderName, Long viaItemId) {
        return new ScoredRecord(Kind.INSTRUCTION, id, on, null, null, level, leaderName, viaItemId);
    }

    public static ScoredRecord of(Adoption a, Long viaItemId) {
        return adoption(
                a.getId(),
                a.getAdoptedOn(),
                a.getOutlet().getLevel(),
                a.getMode(),
                a.getOutlet().getName(),
                viaItemId);
    }

    public static ScoredRecord of(Instruction i, Long viaItemId) {
        return instruction(i.getId(), i.getInstructedOn(), i.getLevel(), i.getLeaderName(), viaItemId);
    }

    public ScoreKey key() {
        return kind == Kind.ADOPTION ? ScoreKey.adoption(outletLevel, mode) : ScoreKey.instruction(leaderLevel);
    }

    /** The level's name as the statistics group it: the outlet's or the leader's level. */
    public String levelName() {
        return kind == Kind.ADOPTION ? outletLevel.name() : leaderLevel.name();
    }

    /** e.g. "北京日报（市级）全文采用" or "区领导王明批示". */
    public String describe() {
        String via = viaItemId == null ? "" : "（综合信息）";
        return kind == Kind.ADOPTION
                ? source + "（" + outletLevel.getLabel() + "）" + mode.getLabel() + via
                : leaderLevel.getLabel() + "领导" + source + "批示" + via;
    }
}
