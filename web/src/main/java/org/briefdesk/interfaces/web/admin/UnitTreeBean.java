package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitService.UnitSettings;
import org.briefdesk.application.unit.UnitView;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * The unit network (单位网络): each 工委 with the 部门 and 街乡镇 under it, then the units directly under
 * the office; a dialog sets a unit's 工委, key-unit flag, weekly quota (from next week) and leader in
 * charge. Nodes hold {@link UnitView} records, never entities.
 */
@Named
@ViewScoped
public class UnitTreeBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService unitService;

    private TreeNode<UnitView> root;
    private List<UnitView> workCommittees;

    private UnitView editing;
    private Long parentId;
    private boolean keyUnit;
    private Integer weeklyQuota;
    private String leader;

    @PostConstruct
    void load() {
        List<UnitView> all = unitService.views();
        root = new DefaultTreeNode<>(null, null);
        root.setExpanded(true);
        workCommittees = all.stream().filter(u -> u.kind() == UnitKind.GONGWEI).toList();
        for (UnitView gongwei : workCommittees) {
            TreeNode<UnitView> node = new DefaultTreeNode<>("unit", gongwei, root);
            node.setExpanded(true);
            all.stream()
                    .filter(u -> gongwei.id() == (u.parentId() == null ? -1 : u.parentId()))
                    .forEach(u -> new DefaultTreeNode<>("unit", u, node));
        }
        all.stream()
                .filter(u -> u.kind() != UnitKind.GONGWEI && u.kind() != UnitKind.OFFICE && u.parentId() == null)
                .forEach(u -> new DefaultTreeNode<>("unit", u, root));
    }

    public void startEdit(UnitView unit) {
        editing = unit;
        parentId = unit.parentId();
        keyUnit = unit.keyUnit();
        weeklyQuota = unit.quotaNextWeek();
        leader = unit.leader();
    }

    /** Saves the dialog; a broken rule keeps it open with the message and stores nothing. */
    public void save() {
        // An ordinary unit has no quota; a unit made key without a number of its own gets the plan's.
        boolean newlyKey = keyUnit && !editing.keyUnit();
        Integer quota = !keyUnit || (newlyKey && (weeklyQuota == null || weeklyQuota == 0)) ? null : weeklyQuota;
        unitService.configure(currentUser.getActor(), editing.id(), new UnitSettings(parentId, keyUnit, quota, leader));
        Pages.info("单位“" + editing.shortName() + "”的设置已保存，报送任务的变化自下周一起生效");
        load();
        PrimeFaces.current().executeScript("PF('unitSettingsDialog').hide()");
        PrimeFaces.current().ajax().update("treeForm:tree", "growl");
    }

    public TreeNode<UnitView> getRoot() {
        return root;
    }

    /** The 工委 a 部门 or 街乡镇 may be placed under. */
    public List<UnitView> getParents() {
        return workCommittees.stream().filter(UnitView::active).collect(Collectors.toList());
    }

    public boolean isParentChoosable() {
        return editing != null && (editing.kind() == UnitKind.DEPARTMENT || editing.kind() == UnitKind.STREET_TOWN);
    }

    public UnitView getEditing() {
        return editing;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public boolean isKeyUnit() {
        return keyUnit;
    }

    public void setKeyUnit(boolean keyUnit) {
        this.keyUnit = keyUnit;
    }

    public Integer getWeeklyQuota() {
        return weeklyQuota;
    }

    public void setWeeklyQuota(Integer weeklyQuota) {
        this.weeklyQuota = weeklyQuota;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }
}
