package org.briefdesk.interfaces.web.editor;

import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefdesk.application.item.ItemView;
import org.briefdesk.application.mailbox.MailboxPolling;
import org.briefdesk.application.mailbox.MailboxUnavailable;
import org.briefdesk.application.mailbox.QuarantineService;
import org.briefdesk.application.mailbox.QuarantinedMail;
import org.briefdesk.application.unit.UnitService;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** 来信待分派: mailed reports from unknown senders, which an editor assigns to a unit or discards. */
@Named
@ViewScoped
public class QuarantineBean implements Serializable {

    @Inject
    CurrentUser currentUser;

    @Inject
    QuarantineService quarantine;

    @Inject
    MailboxPolling polling;

    @Inject
    UnitService unitService;

    private List<QuarantinedMail> rows;
    private List<SelectItem> unitOptions;
    private String mailbox;
    private final Map<Long, Long> unitFor = new HashMap<>();

    @PostConstruct
    void load() {
        rows = quarantine.waiting(currentUser.getActor());
        unitOptions = ReportingUnits.options(unitService);
        mailbox = polling.describe();
    }

    /** 立即收取: polls the mailbox now instead of waiting for the timer. */
    public void pollNow() {
        try {
            Pages.info(polling.pollNow(currentUser.getActor()).summary());
        } catch (MailboxUnavailable e) {
            Pages.error(e.getMessage());
        }
        load();
    }

    public void assign(long messageId) {
        ItemView item = quarantine.assign(currentUser.getActor(), messageId, unitFor.get(messageId));
        Pages.info("来信已转为" + item.unitShortName() + "的信息《" + item.title() + "》，已进入待筛选");
        unitFor.remove(messageId);
        load();
    }

    public void discard(long messageId) {
        quarantine.discard(currentUser.getActor(), messageId);
        Pages.info("来信已丢弃");
        load();
    }

    public List<QuarantinedMail> getRows() {
        return rows;
    }

    public List<SelectItem> getUnitOptions() {
        return unitOptions;
    }

    public String getMailbox() {
        return mailbox;
    }

    /** The unit chosen for each row, by message id. */
    public Map<Long, Long> getUnitFor() {
        return unitFor;
    }
}
