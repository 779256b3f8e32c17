package io.strata.forecast.ui.internal.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.strata.connection.StageConnector;

/**
 * The last Test Connection outcome of each stage in this session (kept in memory only), from
 * whichever Test Connection ran: the Strata menu's or the Connection Manager's. Listeners hear of
 * each new outcome on the thread that tested.
 */
public final class ConnectionResults {

    /**
     * One outcome.
     *
     * @param project the workspace project's name
     * @param planFile the plan file the stage is in
     * @param stage the stage's name
     * @param result what Test Connection found
     * @param time when it finished
     */
    public record Entry(String project, Path planFile, String stage, StageConnector.TestResult result, Instant time) {
    }

    private static final ConnectionResults SESSION = new ConnectionResults();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Consumer<Entry>> listeners = new CopyOnWriteArrayList<>();

    /** The workbench session's results. */
    public static ConnectionResults session() {
        return SESSION;
    }

    public void put(Entry entry) {
        entries.put(key(entry.project(), entry.planFile(), entry.stage()), entry);
        listeners.forEach(l -> l.accept(entry));
    }

    /** The last outcome of this stage, or null when it was not tested in this session. */
    public Entry get(String project, Path planFile, String stage) {
        return entries.get(key(project, planFile, stage));
    }

    public void addListener(Consumer<Entry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Entry> listener) {
        listeners.remove(listener);
    }

    private static String key(String project, Path planFile, String stage) {
        return project + '\n' + (planFile == null ? "" : planFile.toAbsolutePath().normalize()) + '\n'
                + stage.toUpperCase(java.util.Locale.ROOT);
    }
}
