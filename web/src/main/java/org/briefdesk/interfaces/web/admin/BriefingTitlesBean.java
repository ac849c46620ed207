package org.briefdesk.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.briefdesk.application.briefing.BriefingService;
import org.briefdesk.application.briefing.TitleView;
import org.briefdesk.domain.model.briefing.Distribution;
import org.briefdesk.domain.model.briefing.PageLayout;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;
import org.briefdesk.interfaces.web.briefing.DistributionForm;
import org.primefaces.PrimeFaces;

/** 简报设置 (admin/briefings.xhtml): briefing titles, their default distribution block and page layout. */
@Named
@ViewScoped
public class BriefingTitlesBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    BriefingService briefings;

    private List<TitleView> titles;
    private Long editingId;
    private String name;
    private String issuingUnit;
    private DistributionForm distribution = new DistributionForm();
    private int marginTopMm;
    private int marginBottomMm;
    private int marginLeftMm;
    private int marginRightMm;
    private int titleSizePt;
    private int bodySizePt;
    private String redColor;

    @PostConstruct
    void load() {
        titles = briefings.titles(currentUser.getActor());
    }

    public void startNew() {
        editingId = null;
        name = null;
        issuingUnit = null;
        fill(Distribution.standard(), PageLayout.standard());
    }

    public void edit(TitleView t) {
        editingId = t.id();
        name = t.name();
        issuingUnit = t.issuingUnit();
        fill(t.distribution(), t.layout());
    }

    private void fill(Distribution d, PageLayout l) {
        distribution = DistributionForm.of(d);
        marginTopMm = l.getMarginTopMm();
        marginBottomMm = l.getMarginBottomMm();
        marginLeftMm = l.getMarginLeftMm();
        marginRightMm = l.getMarginRightMm();
        titleSizePt = l.getTitleSizePt();
        bodySizePt = l.getBodySizePt();
        redColor = l.getRedColor();
    }

    public void save() {
        briefings.saveTitle(
                currentUser.getActor(),
                editingId,
                name,
                issuingUnit,
                distribution.toDistribution(),
                new PageLayout(
                        marginTopMm, marginBottomMm, marginLeftMm, marginRightMm, titleSizePt, bodySizePt, redColor));
        load();
        Pages.info("简报设置已保存；已建的期次保留原来的分发范围");
        PrimeFaces.current().executeScript("PF('titleDialog').hide()");
    }

    /** 停用 / 启用: a retired title offers no new issues to editors. */
    public void toggle(TitleView t) {
        boolean active = !t.active();
        briefings.setTitleActive(currentUser.getActor(), t.id(), active);
        load();
        Pages.info(active ? "“" + t.name() + "”已启用，编辑可以新建期次" : "“" + t.name() + "”已停用：不能再新建期次，已有期次照常查阅");
    }

    /** 签发: turns the sign-off requirement on or off for the title's issues. */
    public void toggleSignOff(TitleView t) {
        boolean required = !t.signOffRequired();
        briefings.requireSignOff(currentUser.getActor(), t.id(), required);
        load();
        Pages.info(required ? "“" + t.name() + "”已启用签发：各期须由组稿编辑以外的签发人签发后才能发布" : "“" + t.name() + "”已取消签发：编辑可直接发布");
    }

    public DistributionForm getDistribution() {
        return distribution;
    }

    public List<TitleView> getTitles() {
        return titles;
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getIssuingUnit() {
        return issuingUnit;
    }

    public void setIssuingUnit(String issuingUnit) {
        this.issuingUnit = issuingUnit;
    }

    public int getMarginTopMm() {
        return marginTopMm;
    }

    public void setMarginTopMm(int v) {
        this.marginTopMm = v;
    }

    public int getMarginBottomMm() {
        return marginBottomMm;
    }

    public void setMarginBottomMm(int v) {
        this.marginBottomMm = v;
    }

    public int getMarginLeftMm() {
        return marginLeftMm;
    }

    public void setMarginLeftMm(int v) {
        this.marginLeftMm = v;
    }

    public int getMarginRightMm() {
        return marginRightMm;
    }

    public void setMarginRightMm(int v) {
        this.marginRightMm = v;
    }

    public int getTitleSizePt() {
        return titleSizePt;
    }

    public void setTitleSizePt(int v) {
        this.titleSizePt = v;
    }

    public int getBodySizePt() {
        return bodySizePt;
    }

    public void setBodySizePt(int v) {
        this.bodySizePt = v;
    }

    public String getRedColor() {
        return redColor;
    }

    public void setRedColor(String redColor) {
        this.redColor = redColor;
    }
}
