package org.briefdesk.application.scheduling;

import java.time.Instant;
import java.util.List;

/**
 * The database lease per job (作业租约) that decides which node of a cluster does a job: a row with
 * the holder's node name and when the lease expires. Runs in the caller's transaction.
 */
public interface JobLeases {

    /**
     * Takes or renews the lease of {@code job} for {@code node} until {@code until}, if it is free,
     * already this node's, or expired at {@code now}; returns whether this node holds it now.
     */
    boolean acquire(String job, String node, Instant now, Instant until);

    /** Gives up the leases {@code node} holds (a node that stops hands its jobs over at once). */
    void release(String node);

    /** Every lease, for the page of scheduled work. */
    List<Lease> all();

    record Lease(String job, String holder, Instant expiresAt) {}
}
