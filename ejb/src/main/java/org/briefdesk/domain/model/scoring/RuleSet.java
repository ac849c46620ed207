package org.briefdesk.domain.model.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.Text;

/**
 * A version of the score rules (计分规则版本), in force from its effective date until the next
 * version's. Versions are never edited: a change is a new version, so every stored score line can
 * name the version it was computed with.
 */
@Entity
@Table(name = "score_rule_set")
public class RuleSet {

    public static final int NOTE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_rule_set_seq")
    @SequenceGenerator(name = "score_rule_set_seq", sequenceName = "score_rule_set_seq", allocationSize = 10)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Only the highest adoption of an item scores (同时被多个刊物采用按最高分计算). */
    @Column(name = "highest_adoption_only", nullable = false)
    private boolean highestAdoptionOnly;

    /** Only the highest instruction of an item scores (多次被批示以最高分计算). */
    @Column(name = "highest_instruction_only", nullable = false)
    private boolean highestInstructionOnly;

    /**
     * Submission, adoption and instruction points add up; when false an item scores its submission
     * plus the higher of its adoption and its instruction points.
     */
    @Column(name = "adoption_and_instruction_add", nullable = false)
    private boolean adoptionAndInstructionAdd;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_by", nullable = false, length = 30)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_rule", joinColumns = @JoinColumn(name = "rule_set_id"))
    private List<ScoreRule> rules = new ArrayList<>();

    protected RuleSet() {}

    public RuleSet(
            LocalDate effectiveFrom,
            Map<ScoreKey, Integer> points,
            boolean highestAdoptionOnly,
            boolean highestInstructionOnly,
            boolean adoptionAndInstructionAdd,
            String note,
            String createdBy,
            Instant createdAt) {
        if (effectiveFrom == null) {
            throw new BusinessRuleViolation("effectiveFrom", "请填写生效日期");
        }
        for (ScoreKey key : ScoreKey.values()) {
            Integer p = points == null ? null : points.get(key);
            if (p == null) {
                throw new BusinessRuleViolation("rules", "请填写“" + key.getLabel() + "”的分值");
            }
            rules.add(new ScoreRule(key, p));
        }
        this.effectiveFrom = effectiveFrom;
        this.highestAdoptionOnly = highestAdoptionOnly;
        this.highestInstructionOnly = highestInstructionOnly;
        this.adoptionAndInstructionAdd = adoptionAndInstructionAdd;
        this.note = Text.optionalLine(note, "note", "修订说明", NOTE_MAX);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The work plan's rules: 1; 5/2; 20/10; 40/20; 50/40/30; highest only; everything adds up. */
    public static RuleSet defaults(LocalDate effectiveFrom, String createdBy, Instant createdAt) {
        Map<ScoreKey, Integer> points = new EnumMap<>(ScoreKey.class);
        for (ScoreKey k : ScoreKey.values()) {
            points.put(k, k.getDefaultPoints());
        }
        return new RuleSet(effectiveFrom, points, true, true, true, "《宣传信息计分考核办法》默认标准", createdBy, createdAt);
    }

    public int points(ScoreKey key) {
        return rules.stream()
                .filter(r -> r.getKey() == key)
                .mapToInt(ScoreRule::getPoints)
                .findFirst()
                .orElse(0);
    }

    public int submissionPoints() {
        return points(ScoreKey.SUBMISSION);
    }

    public int adoptionPoints(OutletLevel level, AdoptionMode mode) {
        return points(ScoreKey.adoption(level, mode));
    }

    public int instructionPoints(LeaderLevel level) {
        return points(ScoreKey.instruction(level));
    }

    /** The rules as a map, in the order of the score table. */
    public Map<ScoreKey, Integer> pointsByKey() {
        Map<ScoreKey, Integer> m = new EnumMap<>(ScoreKey.class);
        for (ScoreKey k : ScoreKey.values()) {
            m.put(k, points(k));
        }
        return m;
    }

    /** The combination rules in words, as the statistics pages state them. */
    public String describeCombination() {
        return (highestAdoptionOnly ? "同一条信息被多个刊物或媒体采用，按最高分计算" : "同一条信息的每次采用分别计分")
                + "；" + (highestInstructionOnly ? "多次被批示，按最高分计算" : "每次批示分别计分")
                + "；" + (adoptionAndInstructionAdd ? "报送分、采用分、批示分相加" : "报送分加采用分与批示分中的较高者")
                + "；综合编辑的信息为每个来源单位计综合编辑分。";
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public boolean isHighestAdoptionOnly() {
        return highestAdoptionOnly;
    }

    public boolean isHighestInstructionOnly() {
        return highestInstructionOnly;
    }

    public boolean isAdoptionAndInstructionAdd() {
        return adoptionAndInstructionAdd;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<ScoreRule> getRules() {
        return List.copyOf(rules);
    }
}
