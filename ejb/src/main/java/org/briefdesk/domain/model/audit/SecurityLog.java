package org.briefdesk.domain.model.audit;

import java.util.List;

/** The security log (安全日志): lock-outs after failed sign-ins, API tokens created and revoked. */
public interface SecurityLog {

    void store(SecurityEvent event);

    /** The newest entries first. */
    List<SecurityEvent> latest(int limit);
}
