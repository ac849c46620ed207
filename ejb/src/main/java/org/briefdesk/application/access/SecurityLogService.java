package org.briefdesk.application.access;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.briefdesk.domain.model.account.Role;
import org.briefdesk.domain.model.audit.SecurityEvent;
import org.briefdesk.domain.model.audit.SecurityEventKind;
import org.briefdesk.domain.model.audit.SecurityLog;

/** 安全日志 for administrators: who signed in, failed, was locked out, got a token, a role or a password. */
@Stateless
public class SecurityLogService {

    /** One page of the log; narrower filters find older entries. */
    public static final int LIMIT = 500;

    @Inject
    SecurityLog log;

    public List<SecurityEventView> find(Actor actor, SecurityLog.Filter filter) {
        actor.require(Role.ADMIN);
        String login = filter.login() == null || filter.login().isBlank()
                ? null
                : filter.login().strip().toLowerCase(Locale.ROOT);
        return log.find(new SecurityLog.Filter(login, filter.kind(), filter.from(), filter.to()), LIMIT).stream()
                .map(SecurityEventView::of)
                .toList();
    }

    /** One entry as the page shows it; entries never hold a password or a token's value. */
    public record SecurityEventView(
            long id,
            Instant at,
            SecurityEventKind kind,
            String kindLabel,
            String login,
            String address,
            String detail) {

        static SecurityEventView of(SecurityEvent e) {
            return new SecurityEventView(
                    e.getId(),
                    e.getAt(),
                    e.getKind(),
                    e.getKind().getLabel(),
                    e.getLogin(),
                    e.getAddress(),
                    e.getDetail());
        }
    }
}
