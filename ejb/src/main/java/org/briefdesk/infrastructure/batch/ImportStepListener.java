package org.briefdesk.infrastructure.batch;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Hands a step's failure to the job listener, so the run says why it failed. */
@Named
@Dependent
public class ImportStepListener extends AbstractStepListener {

    private static final Logger LOG = Logger.getLogger(ImportStepListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void afterStep() {
        Exception e = step.getException();
        if (e != null) {
            LOG.log(Level.WARNING, "archive import step " + step.getStepName() + " failed", e);
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            job.setTransientUserData("导入出错（" + root.getClass().getSimpleName() + "）：" + root.getMessage());
        }
    }
}
