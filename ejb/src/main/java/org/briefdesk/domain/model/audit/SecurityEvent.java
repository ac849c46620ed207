package org.briefdesk.domain.model.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One entry of the security log (安全日志): a sign-in and a failed one, a lock-out after failed
 * sign-ins, an API token created or revoked, an account created, its role or password changed, disabled
 * or enabled. Written once, never altered; it never holds a password or a token's value.
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "security_event_seq")
    @SequenceGenerator(name = "security_event_seq", sequenceName = "security_event_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    private SecurityEventKind kind;

    @Column(length = 32)
    private String login;

    @Column(length = 64)
    private String address;

    @Column(length = 300)
    private String detail;

    protected SecurityEvent() {}

    public SecurityEvent(SecurityEventKind kind, String login, String address, String detail, Instant at) {
        this.kind = kind;
        this.login = login == null || login.length() <= 32 ? login : login.substring(0, 32);
        this.address = address == null || address.length() <= 64 ? address : address.substring(0, 64);
        this.detail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 300);
        this.at = at;
    }

    public Long getId() {
        return id;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getLogin() {
        return login;
    }

    public String getAddress() {
        return address;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getAt() {
        return at;
    }
}
