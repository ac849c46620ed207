package org.briefdesk.application.lexicon;

/**
 * The port to the background job that analyses every archived item again with the dictionary in
 * force, while search keeps answering.
 */
public interface ArchiveReanalysis {

    /** Starts the job; returns at once. */
    void start();

    ReanalysisProgress progress();
}
