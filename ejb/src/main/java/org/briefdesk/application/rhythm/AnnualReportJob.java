package org.briefdesk.application.rhythm;

import jakarta.enterprise.context.ApplicationScoped;
import org.briefdesk.domain.model.report.ReportKind;

/** The ANNUAL periodic report, once per period and cluster. */
@ApplicationScoped
public class AnnualReportJob extends PeriodicReportJob {

    @Override
    public String name() {
        return "annual-ranking";
    }

    @Override
    ReportKind kind() {
        return ReportKind.ANNUAL;
    }
}
