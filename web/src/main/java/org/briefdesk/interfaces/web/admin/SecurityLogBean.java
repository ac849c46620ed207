package org.briefdesk.interfaces.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.briefdesk.application.access.SecurityLogService;
import org.briefdesk.application.access.SecurityLogService.SecurityEventView;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;
import org.briefdesk.domain.shared.DistrictTime;
import org.briefdesk.interfaces.web.CurrentUser;
import org.briefdesk.interfaces.web.DateText;

/**
 * 安全日志: the security log filtered by login, kind and dates (Beijing days, both inclusive). The
 * filter is a GET form, so a filtered log can be bookmarked or sent to a colleague.
 */
@Named
@RequestScoped
public class SecurityLogBean {

    @Inject
    SecurityLogService service;

    @Inject
    CurrentUser currentUser;

    private String login;
    private String kind;
    private String from;
    private String to;
    private String problem;
    private List<SecurityEventView> rows;

    public List<SecurityEventView> getRows() {
        if (rows == null) {
            rows = load();
        }
        return rows;
    }

    private List<SecurityEventView> load() {
        SecurityEventKind k;
        try {
            k = blank(kind) ? null : SecurityEventKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            problem = "没有这种日志类型";
            return List.of();
        }
        DateText startText = DateText.read(from);
        DateText endText = DateText.read(to);
        if (startText.malformed() || endText.malformed()) {
            problem = "日期格式应为“年-月-日”，例如 2026-12-01";
            return List.of();
        }
        LocalDate start = startText.date();
        LocalDate end = endText.date();
        if (start != null && end != null && end.isBefore(start)) {
            problem = "结束日期不能早于开始日期";
            return List.of();
        }
        return service.find(
                currentUser.getActor(),
                new SecurityLog.Filter(
                        login,
                        k,
                        start == null
                                ? null
                                : start.atStartOfDay(DistrictTime.ZONE).toInstant(),
                        end == null
                                ? null
                                : end.plusDays(1)
                                        .atStartOfDay(DistrictTime.ZONE)
                                        .toInstant()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public SecurityEventKind[] getKinds() {
        return SecurityEventKind.values();
    }

    public int getLimit() {
        return SecurityLogService.LIMIT;
    }

    public String getProblem() {
        getRows();
        return problem;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
