package org.briefdesk.infrastructure.batch;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;
import org.briefdesk.domain.model.archive.ImportSourceKind;

/** The parameters of an archive-import job: which run, and which reader reads its source. */
final class ImportJobProperties {

    static final String JOB = "archive-import";
    static final String RUN_ID = "runId";
    static final String READER = "reader";

    private ImportJobProperties() {}

    static Properties of(long runId, ImportSourceKind kind) {
        Properties p = new Properties();
        p.setProperty(RUN_ID, Long.toString(runId));
        p.setProperty(READER, kind == ImportSourceKind.FILES ? "documentRecordReader" : "jsonlRecordReader");
        return p;
    }

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(RUN_ID));
    }
}
