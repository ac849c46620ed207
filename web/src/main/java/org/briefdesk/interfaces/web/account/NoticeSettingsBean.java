package org.briefdesk.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.briefdesk.application.notice.NoticeService;
import org.briefdesk.application.notice.PreferencesView;
import org.briefdesk.domain.model.notice.NoticeKind;
import org.briefdesk.domain.shared.BusinessRuleViolation;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.Pages;

/** 提醒设置: for each kind of notice of one's role, whether it also comes by mail; and the daily digest. */
@Named
@ViewScoped
public class NoticeSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    NoticeService notices;

    private List<Row> rows;
    private boolean dailyDigest;
    private String email;
    private boolean relayConfigured;

    /** One kind on the page, with its checkbox. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final NoticeKind kind;
        private final String label;
        private boolean mailed;

        Row(NoticeKind kind, String label, boolean mailed) {
            this.kind = kind;
            this.label = label;
            this.mailed = mailed;
        }

        public String getKind() {
            return kind.name();
        }

        public String getLabel() {
            return label;
        }

        public boolean isMailed() {
            return mailed;
        }

        public void setMailed(boolean mailed) {
            this.mailed = mailed;
        }
    }

    @PostConstruct
    void load() {
        PreferencesView p = notices.preferences(currentUser.getActor());
        rows = new ArrayList<>();
        p.kinds().forEach(k -> rows.add(new Row(k.kind(), k.label(), k.mailed())));
        dailyDigest = p.dailyDigest();
        email = p.email();
        relayConfigured = p.relayConfigured();
    }

    public void save() {
        try {
            notices.choose(
                    currentUser.getActor(),
                    rows.stream().filter(Row::isMailed).map(r -> r.kind).toList(),
                    dailyDigest);
            Pages.info("提醒设置已保存");
            load();
        } catch (BusinessRuleViolation e) {
            Pages.error(e);
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public boolean isDailyDigest() {
        return dailyDigest;
    }

    public void setDailyDigest(boolean dailyDigest) {
        this.dailyDigest = dailyDigest;
    }

    public String getEmail() {
        return email;
    }

    public boolean isRelayConfigured() {
        return relayConfigured;
    }
}
