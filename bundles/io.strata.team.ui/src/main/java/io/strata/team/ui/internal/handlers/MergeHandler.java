package io.strata.team.ui.internal.handlers;

/** Team > Merge...: pick a branch and merge it into the current one (see {@link BranchesHandler}). */
public final class MergeHandler extends BranchesHandler {

    public MergeHandler() {
        super(true);
    }
}
