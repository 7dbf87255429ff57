package io.pilothouse.runtime.scheduler.framework;

import java.util.List;

/** Runs once before scoring, with the feasible nodes. */
public interface PreScorePlugin extends Plugin {

    /** @return Success, Skip (its Score does not run for this pod) or Error */
    Status preScore(CycleState state, PodInfo pod, List<NodeInfo> nodes);
}
