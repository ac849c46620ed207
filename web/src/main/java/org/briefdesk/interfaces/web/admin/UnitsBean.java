package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.application.unit.UnitService.UnitForm;
import org.briefdesk.application.unit.UnitView;
import org.briefdesk.domain.model.unit.UnitKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/**
 * Unit administration (单位管理). The table holds unit views rather than entities so the view state
 * stays serialisable and never carries a detached entity back into a service call.
 */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    UnitService unitService;

    private List<UnitView> rows;

    /** The unit being edited in the dialog, or null when the dialog adds a new one. */
    private Long editingId;

    private String name;
    private String shortName;
    private UnitKind kind;
    private boolean keyUnit;

    @PostConstruct
    void load() {
        // A mutable list: p:dataTable sorts the rows in place.
        rows = new ArrayList<>(unitService.views());
    }

    public void startNew() {
        editingId = null;
        name = null;
        shortName = null;
        kind = null;
        keyUnit = false;
    }

    public void startEdit(UnitView row) {
        editingId = row.id();
        name = row.name();
        shortName = row.shortName();
        kind = row.kind();
        keyUnit = row.keyUnit();
    }

    /** Saves the dialog; on a broken rule the dialog stays open with the message and nothing is stored. */
    public void save() {
        UnitForm form = new UnitForm(name, shortName, kind, keyUnit);
        if (editingId == null) {
            unitService.create(currentUser.getActor(), form);
        } else {
            unitService.update(currentUser.getActor(), editingId, form);
        }
        Pages.info("单位“" + name.strip() + "”已保存");
        load();
        PrimeFaces.current().executeScript("PF('unitDialog').hide()");
        PrimeFaces.current().ajax().update("unitsForm:units", "growl");
    }

    public void toggleActive(UnitView row) {
        unitService.setActive(currentUser.getActor(), row.id(), !row.active());
        Pages.info("单位“" + row.name() + "”已" + (row.active() ? "停用" : "启用"));
        load();
    }

    /** 设为 / 取消区创建办成员单位. */
    public void toggleMember(UnitView row) {
        try {
            unitService.setMember(currentUser.getActor(), row.id(), !row.memberUnit());
            Pages.info("单位“" + row.name() + "”已" + (row.memberUnit() ? "取消成员单位" : "设为区创建办成员单位"));
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
        load();
    }

    public List<UnitView> getRows() {
        return rows;
    }

    /** Kinds an administrator may give a unit: there is one office, created with the system, and it stays one. */
    public List<UnitKind> getKinds() {
        if (editingId != null && kind == UnitKind.OFFICE) {
            return List.of(UnitKind.OFFICE);
        }
        return List.of(UnitKind.GONGWEI, UnitKind.DEPARTMENT, UnitKind.STREET_TOWN);
    }

    /** Every kind, for the table's kind filter. */
    public UnitKind[] getAllKinds() {
        return UnitKind.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public UnitKind getKind() {
        return kind;
    }

    public void setKind(UnitKind kind) {
        this.kind = kind;
    }

    public boolean isKeyUnit() {
        return keyUnit;
    }

    public void setKeyUnit(boolean keyUnit) {
        this.keyUnit = keyUnit;
    }
}
