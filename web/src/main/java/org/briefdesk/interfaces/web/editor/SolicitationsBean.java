package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.briefdesk.application.solicitation.SolicitationService;
import org.briefdesk.application.solicitation.SolicitationService.SolicitationForm;
import org.briefdesk.application.solicitation.SolicitationService.Tracking;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.model.unit.UnitLabel;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/** 约稿管理: the editor's solicitations, each unit's answers, and the form to issue a new one. */
@Named
@ViewScoped
public class SolicitationsBean implements Serializable {

    private static final List<UnitKind> REPORTING =
            List.of(UnitKind.GONGWEI, UnitKind.DEPARTMENT, UnitKind.STREET_TOWN);

    @Inject
    CurrentUser currentUser;

    @Inject
    SolicitationService solicitationService;

    @Inject
    UnitService unitService;

    private List<Tracking> rows;
    private Long selectedId;

    private List<UnitChoice> units;
    private String topic;
    private String requirements;
    private LocalDateTime deadline;
    private List<Long> unitIds = new ArrayList<>();

    @PostConstruct
    void load() {
        rows = new ArrayList<>(solicitationService.tracking(currentUser.getActor()));
        if (selectedId == null && !rows.isEmpty()) {
            selectedId = rows.get(0).id();
        }
        units = unitService.activeReporting().stream().map(UnitChoice::of).toList();
    }

    public void startNew() {
        topic = null;
        requirements = null;
        deadline = null;
        unitIds = new ArrayList<>();
    }

    /** 全选 of one kind: adds every active unit of that kind to the picked ones. */
    public void selectAll(UnitKind kind) {
        Set<Long> picked = new LinkedHashSet<>(unitIds);
        units.stream().filter(u -> u.kind() == kind).forEach(u -> picked.add(u.id()));
        unitIds = new ArrayList<>(picked);
    }

    /** Issues the solicitation; on a broken rule the dialog stays open with the message. */
    public void issue() {
        Tracking issued = solicitationService.issue(
                currentUser.getActor(), new SolicitationForm(topic, requirements, deadline, unitIds));
        Pages.info("约稿《" + issued.topic() + "》已发出，" + issued.units().size() + "个单位将在首页看到");
        selectedId = issued.id();
        load();
        PrimeFaces.current().executeScript("PF('solicitationDialog').hide()");
        PrimeFaces.current().ajax().update("solicitationsForm", "growl");
    }

    public void select(long id) {
        selectedId = id;
    }

    public void close(long id) {
        solicitationService.close(currentUser.getActor(), id);
        Pages.info("约稿已结束，各单位首页不再显示");
        load();
    }

    public Tracking getSelected() {
        return rows.stream()
                .filter(t -> t.id() == (selectedId == null ? -1 : selectedId))
                .findFirst()
                .orElse(null);
    }

    /** The unit picker's options, grouped 工委 / 部门 / 街乡镇. */
    public List<SelectItem> getUnitOptions() {
        List<SelectItem> groups = new ArrayList<>();
        for (UnitKind kind : REPORTING) {
            SelectItem[] items = units.stream()
                    .filter(u -> u.kind() == kind)
                    .map(u -> new SelectItem(u.id(), u.shortName(), u.name()))
                    .toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(kind.getLabel(), null, false, items));
        }
        return groups;
    }

    public List<UnitKind> getKinds() {
        return REPORTING;
    }

    /** The earliest deadline the picker offers: now, in Beijing time. */
    public LocalDateTime getNow() {
        return LocalDateTime.now(DistrictTime.ZONE);
    }

    public List<Tracking> getRows() {
        return rows;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : new ArrayList<>(unitIds);
    }

    /** A unit the editor may address, kept as plain values so the view state stays small. */
    public record UnitChoice(long id, String shortName, String name, UnitKind kind) implements Serializable {
        static UnitChoice of(UnitLabel u) {
            return new UnitChoice(u.id(), u.shortName(), u.name(), u.kind());
        }
    }
}
