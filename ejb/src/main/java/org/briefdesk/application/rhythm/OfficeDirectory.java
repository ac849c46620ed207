package org.briefdesk.application.rhythm;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.briefdesk.domain.model.report.ReportRecipients;

/** Who is who in the office, as the rhythm's jobs need it (implemented by persistence queries). */
public interface OfficeDirectory {

    /** The active units a periodic report goes to under the office's setting. */
    List<Long> reportUnits(ReportRecipients which);

    /** The active officers of these units who have an e-mail address. */
    List<Person> mailableOfficers(Collection<Long> unitIds);

    /** These accounts, if active. */
    List<Person> people(Collection<Long> accountIds);

    /** The active editors (编辑). */
    List<Person> editors();

    /** The active leaders (领导), for the settings page. */
    List<Person> leaders();

    /** Unit names by id. */
    Map<Long, String> unitNames(Collection<Long> unitIds);

    /** How many 普刊 were published in [from, to). */
    long regularIssuesPublished(Instant from, Instant to);

    /** An account as a recipient: its e-mail is null when it has none. */
    record Person(long accountId, String name, String email) implements java.io.Serializable {}
}
