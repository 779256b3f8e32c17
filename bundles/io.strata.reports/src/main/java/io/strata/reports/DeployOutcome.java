package io.strata.reports;

import java.time.Instant;
import java.util.List;

import io.strata.liquibase.ChangeSetInfo;
import io.strata.liquibase.StageOperations.DeployResult;

/**
 * What a deploy did, for its report: the change sets it applied and, when it failed, why.
 *
 * @param stage the stage deployed to
 * @param started when the deploy started
 * @param millis how long it took
 * @param applied the change sets it applied, in order (when it failed: those applied before the failure, as far as known)
 * @param failureKind for a failed deploy, what kind of failure ({@code DATABASE}, {@code LOCKED}...), else null
 * @param failure for a failed deploy, the message saying what failed and where, else null
 */
public record DeployOutcome(String stage, Instant started, long millis, List<ChangeSetInfo> applied, String failureKind,
        String failure) {

    public DeployOutcome {
        applied = List.copyOf(applied);
    }

    /** A deploy that succeeded. */
    public static DeployOutcome succeeded(DeployResult result, Instant started) {
        return new DeployOutcome(result.stage(), started, result.millis(), result.applied(), null, null);
    }

    /**
     * A deploy that failed.
     *
     * @param kind what kind of failure (e.g. {@code OperationException.Kind} or {@code CONNECTION}), or null
     * @param message what failed and where
     */
    public static DeployOutcome failed(String stage, Instant started, long millis, List<ChangeSetInfo> applied, String kind,
            String message) {
        return new DeployOutcome(stage, started, millis, applied, kind, message == null ? "" : message);
    }

    public boolean succeeded() {
        return failure == null;
    }
}
