package io.strata.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.strata.dsl.DslIssue;
import io.strata.dsl.ui.internal.editor.DslEditor;
import io.strata.dsl.ui.internal.editor.DslMarkers;
import io.strata.test.ui.SwtDriver;

/**
 * The DSL editor's speed on a generated change log (5,000 change sets unless
 * {@code strata.benchmark.changeSets} says otherwise): time to open the editor, heap the open file
 * takes, time from a keystroke to updated markers, and the UI thread's longest stall meanwhile.
 * Runs only when asked ({@code -Dstrata.benchmark.dslEditor=true}, set by
 * {@code releng/scripts/benchmark-dsl-editor}); figures go to {@code strata.benchmark.out} and are
 * recorded in docs/dsl.md ("Editor speed"). Targets: open < 2 s, heap < 100 MB.
 */
@EnabledIfSystemProperty(named = "strata.benchmark.dslEditor", matches = "true")
class DslEditorBenchmark {

    private static final int ROUNDS = 5;
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final SwtDriver ui = SwtDriver.current();
    private final List<String> report = new ArrayList<>();

    @Test
    void aLargeChangeLog() throws Exception {
        int n = Integer.getInteger("strata.benchmark.changeSets", 5000);
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("dsl-benchmark-" + System.nanoTime());
        Path dir = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(project.getName());
        DslEditorTest.write(dir.resolve("strata.yaml"), "name: dsl-benchmark\nchangelog: Change Log/changelog.strata\n");
        String text = generate(n);
        DslEditorTest.write(dir.resolve("Change Log/changelog.strata"), text);
        project.create(null);
        project.open(null);
        IFile file = project.getFile("Change Log/changelog.strata");
        try {
            report.add(String.format(Locale.ROOT, "change log: %,d change sets, %,d lines, %,d KB", n, text.lines().count(), text.length() / 1024));
            report.add(String.format(Locale.ROOT, "load average (1 min) at the start: %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            long heapBefore = usedHeap();

            Sampler sampler = Boolean.getBoolean("strata.benchmark.profile") ? new Sampler(Thread.currentThread()) : null;
            long start = System.nanoTime();
            DslEditor editor = assertInstanceOf(DslEditor.class, IDE.openEditor(page, file));
            ui.flush();
            long open = System.nanoTime() - start;
            if (sampler != null) {
                report.add("UI thread while opening: " + sampler.top());
                sampler = new Sampler(Thread.currentThread());
            }
            ui.waitUntil("a first parse", TIMEOUT, () -> editor.latest() != null);
            long alone = System.nanoTime() - start;
            boolean before = !editor.latest().complete();
            ui.waitUntil("the first parse to be shown", TIMEOUT, editor::settled);
            long firstParse = System.nanoTime() - start;
            if (sampler != null) {
                report.add("UI thread until the first parse is shown: " + sampler.top());
            }
            figure("editor open (IDE.openEditor until painted)", open);
            figure("first parse of the file alone (colours, folding, Outline, its own problems)"
                    + (before ? "" : "; the project's change log was read first"), alone);
            figure("first parse with the change sets that run before it (all markers)", firstParse);
            long heap = usedHeap() - heapBefore;
            report.add(String.format(Locale.ROOT, "heap for the open file (after GC): %.1f MB", heap / 1048576.0));

            IDocument document = editor.document();
            sampler = Boolean.getBoolean("strata.benchmark.profile") ? new Sampler(Thread.currentThread()) : null;
            List<Long> markerTimes = new ArrayList<>();
            List<Long> settleTimes = new ArrayList<>();
            List<Long> stalls = new ArrayList<>();
            List<Long> stallGc = new ArrayList<>();
            long gcBefore = gcPauseMillis();
            long gcCountBefore = gcPauses();
            for (int i = 0; i < ROUNDS; i++) {
                // All typed but the table name's last letter; then that keystroke.
                String table = "NO_SUCH_TABLE_" + i + "X";
                String change = "\nchangeSet typed-" + i + " author=bench {\n    addColumn " + table + " {\n        column C type=INT;\n    }\n}\n";
                int at = document.getLength();
                int last = at + change.indexOf(table) + table.length() - 1;
                document.replace(at, 0, change.substring(0, change.indexOf(table) + table.length() - 1) + change.substring(change.indexOf(table) + table.length()));
                ui.waitUntil("the text typed so far to be parsed", TIMEOUT, editor::settled);
                Stall watch = new Stall(ui.display());
                long keystroke = System.nanoTime();
                document.replace(last, 0, "X");
                ui.waitUntil("the marker of " + table, TIMEOUT, () -> hasMarker(file, table));
                markerTimes.add(System.nanoTime() - keystroke);
                ui.waitUntil("the UI to show the parse", TIMEOUT, editor::settled);
                settleTimes.add(System.nanoTime() - keystroke);
                stalls.add(watch.stop());
                stallGc.add(watch.gcInLongest());
                document.replace(at, document.getLength() - at, "");
                ui.waitUntil("the marker of " + table + " to go", TIMEOUT, () -> !hasMarker(file, table) && editor.settled());
            }
            report.add(String.format(Locale.ROOT, "load average (1 min) after typing: %.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
            if (sampler != null) {
                report.add("UI thread while typing: " + sampler.top());
            }
            figure("keystroke to marker (median of " + ROUNDS + ")", median(markerTimes));
            figure("keystroke to colours/folding/Outline updated (median)", median(settleTimes));
            figure("longest UI-thread stall from a keystroke until all is updated (median of " + ROUNDS + ")", median(stalls));
            figure("longest UI-thread stall from a keystroke until all is updated (worst round)", stalls.stream().max(Long::compare).orElse(0L));
            report.add("  of each round's longest stall, garbage collection pauses (ms): " + stallGc.stream().map(ms -> ms / 1_000_000).toList()
                    + " of " + stalls.stream().map(ms -> ms / 1_000_000).toList());
            report.add(String.format(Locale.ROOT, "garbage collection pauses while typing: %d, %d ms in all (%s)", gcPauses() - gcCountBefore,
                    gcPauseMillis() - gcBefore, ManagementFactory.getGarbageCollectorMXBeans().stream()
                            .filter(DslEditorBenchmark::pauses).map(java.lang.management.GarbageCollectorMXBean::getName).toList()));

            long middle = System.nanoTime();
            editor.viewer().setSelectedRange(document.get().indexOf("changeSet " + n / 2 + " "), 0);
            document.replace(editor.viewer().getSelectedRange().x, 0, "// x\n");
            ui.waitUntil("the edit in the middle to be parsed", TIMEOUT, editor::settled);
            figure("keystroke in the middle of the file to everything updated", System.nanoTime() - middle);
            page.closeAllEditors(false);
        } finally {
            Job.getJobManager().join(DslEditor.FAMILY, new NullProgressMonitor());
            String out = String.join("\n", report) + "\n";
            System.out.println("DSL editor benchmark\n" + out);
            Path file1 = Path.of(System.getProperty("strata.benchmark.out", "target/dsl-editor-benchmark.txt"));
            Files.createDirectories(file1.toAbsolutePath().getParent());
            Files.writeString(file1, out);
            project.delete(true, true, null);
        }
    }

    /** Tables with four columns, an index on each, a column added, a foreign key (as benchmark-forecast's XML). */
    static String generate(int n) {
        StringBuilder out = new StringBuilder(n * 200);
        out.append("// Generated by DslEditorBenchmark: ").append(n).append(" change sets.\n");
        for (int i = 1; i <= n; i++) {
            int t = (i + 3) / 4;
            switch (i % 4) {
                case 1 -> out.append("changeSet ").append(i).append(" author=bench labels=sprint-").append(t % 50).append(" {\n")
                        .append("    comment \"table ").append(t).append("\";\n")
                        .append("    createTable T").append(t).append(" {\n")
                        .append("        column ID type=BIGINT primaryKey=true;\n")
                        .append("        column NAME type=\"VARCHAR(100)\";\n")
                        .append("        column CODE type=\"VARCHAR(20)\";\n")
                        .append("        column PARENT_ID type=BIGINT;\n")
                        .append("    }\n}\n\n");
                case 2 -> out.append("changeSet ").append(i).append(" author=bench {\n")
                        .append("    createIndex IDX_T").append(t).append(" tableName=T").append(t).append(" {\n")
                        .append("        column NAME;\n        column CODE;\n    }\n}\n\n");
                case 3 -> out.append("changeSet ").append(i).append(" author=bench {\n")
                        .append("    addColumn T").append(t).append(" {\n        column EXTRA type=INT;\n    }\n}\n\n");
                default -> {
                    if (t > 1) {
                        out.append("changeSet ").append(i).append(" author=bench {\n")
                                .append("    addForeignKeyConstraint FK_T").append(t).append(" baseTableName=T").append(t)
                                .append(" baseColumnNames=PARENT_ID referencedTableName=T").append(t - 1)
                                .append(" referencedColumnNames=ID;\n}\n\n");
                    } else {
                        out.append("changeSet ").append(i).append(" author=bench {\n    tagDatabase start;\n}\n\n");
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean hasMarker(IFile file, String table) {
        try {
            return Arrays.stream(file.findMarkers(DslMarkers.MARKER, false, IResource.DEPTH_ZERO))
                    .anyMatch(m -> DslIssue.UNKNOWN_TABLE.equals(m.getAttribute(DslMarkers.ATTR_CODE, ""))
                            && m.getAttribute(IMarker.MESSAGE, "").contains(table));
        } catch (CoreException e) {
            return false;
        }
    }

    private void figure(String what, long nanos) {
        report.add(String.format(Locale.ROOT, "%s: %d ms", what, nanos / 1_000_000));
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /**
     * Collectors whose time is time the application stood still: not ZGC's or Shenandoah's
     * concurrent cycles ("... Cycles"); G1's "G1 Concurrent GC" counts the Remark and Cleanup pauses.
     */
    private static boolean pauses(java.lang.management.GarbageCollectorMXBean gc) {
        return !gc.getName().contains("Cycles");
    }

    static long gcPauseMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(DslEditorBenchmark::pauses)
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static long gcPauses() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().filter(DslEditorBenchmark::pauses)
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionCount).sum();
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Samples a thread's stack every 10 ms: which Strata and JFace/SWT methods it spends its time in (-Dstrata.benchmark.profile=true). */
    private static final class Sampler {
        private final java.util.Map<String, Integer> counts = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread sampling;
        private volatile boolean running = true;

        Sampler(Thread target) {
            sampling = new Thread(() -> {
                while (running) {
                    java.util.Set<String> seen = new java.util.HashSet<>();
                    for (StackTraceElement frame : target.getStackTrace()) {
                        String name = frame.getClassName() + "." + frame.getMethodName();
                        if ((name.startsWith("io.strata") || name.startsWith("org.eclipse.jface") || name.startsWith("org.eclipse.swt.custom")
                                || name.startsWith("org.eclipse.ui.texteditor") || name.startsWith("org.eclipse.text")) && seen.add(name)) {
                            counts.merge(name, 1, Integer::sum);
                        }
                    }
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "benchmark sampler");
            sampling.setDaemon(true);
            sampling.start();
        }

        String top() {
            running = false;
            return counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(25)
                    .map(e -> "\n    " + e.getValue() + " " + e.getKey()).reduce("", String::concat);
        }
    }

    /**
     * The longest gap between two ticks of a 5 ms timer on the UI thread: how long the UI could not
     * react; and how much of that gap the JVM spent in garbage collection pauses.
     */
    private static final class Stall {
        private final Display display;
        private long last = System.nanoTime();
        private long lastGc = gcPauseMillis();
        private long longest;
        private long longestGc;
        private boolean running = true;

        Stall(Display display) {
            this.display = display;
            tick();
        }

        private void tick() {
            long now = System.nanoTime();
            long gc = gcPauseMillis();
            if (now - last > longest) {
                longest = now - last;
                longestGc = (gc - lastGc) * 1_000_000;
            }
            last = now;
            lastGc = gc;
            if (running) {
                display.timerExec(5, this::tick);
            }
        }

        long stop() {
            running = false;
            return longest;
        }

        /** Nanoseconds of garbage collection pauses within the longest gap. */
        long gcInLongest() {
            return longestGc;
        }
    }
}
