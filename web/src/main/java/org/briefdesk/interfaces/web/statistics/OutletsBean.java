package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.scoring.OutletView;
import org.briefdesk.domain.model.adoption.OutletLevel;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.primefaces.PrimeFaces;

/** The list of publications and media (刊物/媒体管理) for editors and administrators. */
@Named
@ViewScoped
public class OutletsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    OutletService outlets;

    private List<OutletView> rows;
    private Long editingId;
    private String name;
    private OutletLevel level;
    private String medium;
    private boolean active = true;

    @PostConstruct
    void load() {
        rows = new ArrayList<>(outlets.all(currentUser.getActor()));
    }

    public void startNew() {
        editingId = null;
        name = null;
        level = null;
        medium = null;
        active = true;
    }

    public void startEdit(OutletView row) {
        editingId = row.id();
        name = row.name();
        level = row.level();
        medium = row.medium();
        active = row.active();
    }

    public void save() {
        if (editingId == null) {
            outlets.create(currentUser.getActor(), name, level, medium);
        } else {
            outlets.update(currentUser.getActor(), editingId, level, medium, active);
        }
        Pages.info("刊物“" + name.strip() + "”已保存");
        load();
        PrimeFaces.current().executeScript("PF('outletDialog').hide()");
        PrimeFaces.current().ajax().update("outletsForm:outlets", "growl");
    }

    public OutletLevel[] getLevels() {
        return OutletLevel.values();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<OutletView> getRows() {
        return rows;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OutletLevel getLevel() {
        return level;
    }

    public void setLevel(OutletLevel level) {
        this.level = level;
    }

    public String getMedium() {
        return medium;
    }

    public void setMedium(String medium) {
        this.medium = medium;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
