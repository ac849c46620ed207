package org.briefdesk.interfaces.web.statistics;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.scoring.AdoptionService;
import org.briefdesk.application.scoring.AdoptionView;
import org.briefdesk.application.scoring.InstructionService;
import org.briefdesk.application.scoring.InstructionView;
import org.briefdesk.application.scoring.ItemScoreView;
import org.briefdesk.application.scoring.OutletService;
import org.briefdesk.application.scoring.OutletView;
import org.briefdesk.application.scoring.ScoringService;
import org.briefdesk.domain.model.adoption.AdoptionMode;
import org.briefdesk.domain.model.instruction.LeaderLevel;
import org.briefdesk.domain.shared.AccessDenied;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.domain.shared.NotFound;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/**
 * The adoption, instruction and score panel of the editor's item page (采用、批示与得分): editors
 * record an outside publication's adoption or a paper instruction, withdraw a wrong one with a reason
 * (撤销), and see at once what it scored.
 */
@Named
@ViewScoped
public class ItemRecordsBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    AdoptionService adoptionService;

    @Inject
    InstructionService instructionService;

    @Inject
    OutletService outletService;

    @Inject
    ScoringService scoring;

    private Long itemId;
    private List<AdoptionView> adoptions;
    private List<InstructionView> instructions;
    private List<ItemScoreView> scores;
    private List<OutletOption> outlets;

    private Long outletId;
    private AdoptionMode mode = AdoptionMode.FULL;
    private LocalDate adoptedOn;
    private LeaderLevel leaderLevel;
    private String leaderName;
    private LocalDate instructedOn;
    private String text;
    private Long withdrawingAdoption;
    private Long withdrawingInstruction;
    private String reason;

    /** One outlet to choose from. */
    public record OutletOption(long id, String label) implements Serializable {}

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            itemId = id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException e) {
            itemId = null;
        }
        outlets = outletService.all(currentUser.getActor()).stream()
                .filter(OutletView::active)
                .map(o -> new OutletOption(o.id(), o.label()))
                .toList();
        reload();
    }

    private void reload() {
        if (itemId == null) {
            return;
        }
        try {
            adoptions = adoptionService.forItem(currentUser.getActor(), itemId);
            instructions = instructionService.forItem(currentUser.getActor(), itemId);
            scores = scoring.explain(currentUser.getActor(), itemId);
        } catch (NotFound | AccessDenied e) {
            // the page itself answers 404/403 for this item
            itemId = null;
        }
        adoptedOn = LocalDate.now(DistrictTime.ZONE);
        instructedOn = LocalDate.now(DistrictTime.ZONE);
    }

    public void recordAdoption() {
        if (outletId == null) {
            throw new BusinessRuleViolation("outlet", "请选择采用的刊物或媒体");
        }
        AdoptionView v = adoptionService.record(currentUser.getActor(), itemId, outletId, mode, adoptedOn);
        Pages.info("已记录：" + v.outletName() + v.mode().getLabel());
        outletId = null;
        reload();
    }

    public void recordInstruction() {
        instructionService.record(currentUser.getActor(), itemId, leaderLevel, leaderName, instructedOn, text, null);
        Pages.info("已记录" + leaderName + "的批示");
        leaderLevel = null;
        leaderName = null;
        text = null;
        reload();
    }

    /** 撤销: opens the reason dialog for an adoption record. */
    public void startWithdrawingAdoption(long adoptionId) {
        withdrawingAdoption = adoptionId;
        withdrawingInstruction = null;
        reason = null;
    }

    /** 撤销: opens the reason dialog for an instruction record. */
    public void startWithdrawingInstruction(long instructionId) {
        withdrawingInstruction = instructionId;
        withdrawingAdoption = null;
        reason = null;
    }

    /** Withdraws the chosen record with the reason given; the score panel shows the new totals at once. */
    public void withdraw() {
        try {
            if (withdrawingAdoption != null) {
                AdoptionView v = adoptionService.withdraw(currentUser.getActor(), withdrawingAdoption, reason);
                Pages.info("已撤销" + v.outletName() + "的采用记录");
            } else if (withdrawingInstruction != null) {
                InstructionView v = instructionService.withdraw(currentUser.getActor(), withdrawingInstruction, reason);
                Pages.info("已撤销" + v.leaderName() + "的批示记录");
            }
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
            return;
        }
        withdrawingAdoption = null;
        withdrawingInstruction = null;
        reason = null;
        reload();
    }

    public String getWithdrawing() {
        return withdrawingAdoption != null ? "采用记录" : "批示记录";
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isAvailable() {
        return itemId != null && adoptions != null;
    }

    public List<AdoptionView> getAdoptions() {
        return adoptions;
    }

    public List<InstructionView> getInstructions() {
        return instructions;
    }

    public List<ItemScoreView> getScores() {
        return scores;
    }

    public List<OutletOption> getOutlets() {
        return outlets;
    }

    public AdoptionMode[] getModes() {
        return AdoptionMode.values();
    }

    public LeaderLevel[] getLeaderLevels() {
        return LeaderLevel.values();
    }

    public Long getOutletId() {
        return outletId;
    }

    public void setOutletId(Long outletId) {
        this.outletId = outletId;
    }

    public AdoptionMode getMode() {
        return mode;
    }

    public void setMode(AdoptionMode mode) {
        this.mode = mode;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate adoptedOn) {
        this.adoptedOn = adoptedOn;
    }

    public LeaderLevel getLeaderLevel() {
        return leaderLevel;
    }

    public void setLeaderLevel(LeaderLevel leaderLevel) {
        this.leaderLevel = leaderLevel;
    }

    public String getLeaderName() {
        return leaderName;
    }

    public void setLeaderName(String leaderName) {
        this.leaderName = leaderName;
    }

    public LocalDate getInstructedOn() {
        return instructedOn;
    }

    public void setInstructedOn(LocalDate instructedOn) {
        this.instructedOn = instructedOn;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
