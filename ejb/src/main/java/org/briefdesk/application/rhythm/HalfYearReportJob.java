package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import org.briefdesk.domain.model.report.ReportKind;

/** The HALF_YEAR periodic report, once per period and cluster. */
@ApplicationScoped
public class HalfYearReportJob extends PeriodicReportJob {

    @Override
    public String name() {
        return "half-year-ranking";
    }

    @Override
    ReportKind kind() {
        return ReportKind.HALF_YEAR;
    }
}
