package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.scoring.RuleSetView;
import org.briefdesk.application.scoring.ScoringService;
import org.briefdesk.domain.model.scoring.ScoreKey;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * Score rules (计分规则): the versions so far, and a form for a new version prefilled with the
 * current one. Changing a rule never edits a version: it adds one with an effective date.
 */
@Named
@ViewScoped
public class ScoreRulesBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    ScoringService scoring;

    private List<Version> versions;
    private final List<PointField> points = new ArrayList<>();
    private LocalDate effectiveFrom;
    private boolean highestAdoptionOnly;
    private boolean highestInstructionOnly;
    private boolean adoptionAndInstructionAdd;
    private String note;
    private boolean recomputeHistory;
    private LocalDate recomputeFrom;
    private LocalDate recomputeTo;

    @PostConstruct
    void load() {
        versions = new ArrayList<>();
        for (RuleSetView r : scoring.versions(currentUser.getActor())) {
            versions.add(0, Version.of(r));
        }
        RuleSetView current = scoring.current(currentUser.getActor());
        points.clear();
        current.points().forEach((k, p) -> points.add(new PointField(k, p)));
        highestAdoptionOnly = current.highestAdoptionOnly();
        highestInstructionOnly = current.highestInstructionOnly();
        adoptionAndInstructionAdd = current.adoptionAndInstructionAdd();
        effectiveFrom = LocalDate.now(DistrictTime.ZONE).plusDays(1);
        note = null;
        recomputeHistory = false;
    }

    public void save() {
        Map<ScoreKey, Integer> values = new EnumMap<>(ScoreKey.class);
        points.forEach(f -> values.put(f.getKey(), f.getPoints()));
        int n = scoring.addVersion(
                currentUser.getActor(),
                effectiveFrom,
                values,
                highestAdoptionOnly,
                highestInstructionOnly,
                adoptionAndInstructionAdd,
                note,
                recomputeHistory);
        Pages.info("新规则已保存，自" + effectiveFrom + "起生效" + (n > 0 ? "；已重新计算" + n + "条信息的得分" : ""));
        load();
    }

    public void recompute() {
        int n = scoring.recompute(currentUser.getActor(), recomputeFrom, recomputeTo);
        Pages.info("已按各日期适用的规则重新计算" + n + "条信息的得分");
    }

    /** One version as the history table shows it. */
    public record Version(
            long id, LocalDate effectiveFrom, String summary, String combination, String note, String createdBy)
            implements Serializable {

        static Version of(RuleSetView r) {
            StringBuilder s = new StringBuilder();
            r.points()
                    .forEach((k, p) -> s.append(s.length() == 0 ? "" : "；")
                            .append(k.getLabel())
                            .append(p)
                            .append("分"));
            return new Version(r.id(), r.effectiveFrom(), s.toString(), r.combination(), r.note(), r.createdBy());
        }
    }

    /** One editable line of the new version's table (an Integer property, so Faces converts the input). */
    public static class PointField implements Serializable {
        private final ScoreKey key;
        private Integer points;

        PointField(ScoreKey key, Integer points) {
            this.key = key;
            this.points = points;
        }

        public ScoreKey getKey() {
            return key;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }
    }

    public List<Version> getVersions() {
        return versions;
    }

    public List<PointField> getPoints() {
        return points;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public boolean isHighestAdoptionOnly() {
        return highestAdoptionOnly;
    }

    public void setHighestAdoptionOnly(boolean v) {
        this.highestAdoptionOnly = v;
    }

    public boolean isHighestInstructionOnly() {
        return highestInstructionOnly;
    }

    public void setHighestInstructionOnly(boolean v) {
        this.highestInstructionOnly = v;
    }

    public boolean isAdoptionAndInstructionAdd() {
        return adoptionAndInstructionAdd;
    }

    public void setAdoptionAndInstructionAdd(boolean v) {
        this.adoptionAndInstructionAdd = v;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public boolean isRecomputeHistory() {
        return recomputeHistory;
    }

    public void setRecomputeHistory(boolean recomputeHistory) {
        this.recomputeHistory = recomputeHistory;
    }

    public LocalDate getRecomputeFrom() {
        return recomputeFrom;
    }

    public void setRecomputeFrom(LocalDate recomputeFrom) {
        this.recomputeFrom = recomputeFrom;
    }

    public LocalDate getRecomputeTo() {
        return recomputeTo;
    }

    public void setRecomputeTo(LocalDate recomputeTo) {
        this.recomputeTo = recomputeTo;
    }
}
