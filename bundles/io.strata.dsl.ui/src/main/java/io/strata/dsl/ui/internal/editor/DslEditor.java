package io.strata.dsl.ui.internal.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.jface.text.ITextViewerExtension5;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionConstants;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

import io.strata.dsl.DslIssue;
import io.strata.dsl.ide.Definition;
import io.strata.dsl.ide.DslContext;
import io.strata.dsl.ide.DslDocument;
import io.strata.dsl.ide.DslEditorServices;
import io.strata.dsl.ide.Region;
import io.strata.dsl.ide.TextEdit;

/**
 * The editor of Strata's change log DSL ({@code .strata}): lexical colouring at once, then, from a
 * parse on the reconciler's thread after each pause in typing, semantic colours, problem markers,
 * folding and the Outline; content assist, hovers, go to definition (F3, Ctrl+click), formatting
 * (Ctrl+Shift+F) and quick fixes (Ctrl+1), all answered by the engine's {@link DslDocument}.
 * Nothing that parses runs on the UI thread: the UI only shows results that match the text.
 */
public final class DslEditor extends TextEditor {

    public static final String ID = "io.strata.dsl.ui.editor";
    /** The key binding context of the editor (F3, Ctrl+Shift+F). */
    public static final String CONTEXT = "io.strata.dsl.ui.editorContext";
    public static final String FORMAT_COMMAND = "io.strata.dsl.ui.format";
    public static final String DEFINITION_COMMAND = "io.strata.dsl.ui.openDefinition";
    /** The family of the editor's jobs (context, format, definition, file checks): tests wait for it. */
    public static final Object FAMILY = DslEditor.class;

    static final String CONTENT_ASSIST_ACTION = "ContentAssistProposal";
    static final String FORMAT_ACTION = "io.strata.dsl.ui.Format";
    static final String DEFINITION_ACTION = "io.strata.dsl.ui.OpenDefinition";
    private static final long CONTEXT_WAIT_SECONDS = 30;
    private static final long CONTEXT_REFRESH_DELAY_MS = 500;
    /** Files whose change may change what runs before this one (change logs of any format, strata.yaml). */
    private static final java.util.Set<String> CHANGE_LOG_EXTENSIONS = java.util.Set.of("strata", "xml", "yaml", "yml", "json", "sql");

    /**
     * A parse of the text as it was at a modification stamp of the document. {@code complete} is
     * false for a parse made before the file's context was read (the first parse on a cold IDE):
     * it shows colours, folding, the Outline and the file's own problems, but not yet references
     * to tables and columns, which may come from earlier files.
     */
    public record Parsed(DslDocument document, long stamp, boolean complete) {
    }

    private volatile Parsed latest;
    /** The stamp of the text whose complete parse the UI (markers, colours, folding, Outline) shows; -1 before the first. */
    private volatile long shownStamp = -1;
    /** For tests: while set, reading a file's context waits for it (to see the editor before the context arrives). */
    private static volatile CountDownLatch contextGate;
    /** Set when the editor closes: a parse that finishes later must not write markers of unsaved text. */
    private volatile boolean disposed;
    private volatile CompletableFuture<DslContext> context = CompletableFuture.completedFuture(DslContext.none());
    private volatile String fileName = "";
    private final List<Consumer<Parsed>> listeners = new CopyOnWriteArrayList<>();
    private final SemanticHighlighter highlighter = new SemanticHighlighter();
    private final Map<Annotation, Position> ownAnnotations = new HashMap<>();
    private ProjectionSupport projection;
    private DslFolding folding;
    private DslOutlinePage outline;
    private DslSourceViewerConfiguration configuration;
    private final IResourceChangeListener earlierFiles = this::resourcesChanged;
    private final Job contextRefresh = new Job(Messages.get("job.contextRefresh")) {
        @Override
        protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
            IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
            IDocument document = document();
            if (file == null || document == null) {
                return Status.OK_STATUS;
            }
            context = CompletableFuture.completedFuture(readContext(file));
            long stamp = stamp(document);
            reconciled(parse(document.get()), stamp, monitor, true);
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    };

    /** The context arrived after a parse without it: the text is checked again, now with references. */
    private final Job contextArrived = new Job(Messages.get("job.contextArrived")) {
        @Override
        protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
            IDocument document = document();
            Parsed shown = latest;
            if (document == null || disposed) {
                return Status.OK_STATUS;
            }
            long stamp = stamp(document);
            if (shown == null || shown.stamp() != stamp || !shown.complete()) {
                reconciled(parse(document.get()), stamp, monitor, true);
            }
            return Status.OK_STATUS;
        }

        @Override
        public boolean belongsTo(Object family) {
            return family == FAMILY;
        }
    };

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        configuration = new DslSourceViewerConfiguration(this, getPreferenceStore());
        setSourceViewerConfiguration(configuration);
        setKeyBindingScopes(new String[] { CONTEXT });
    }

    /** Tab inserts spaces: the formatter indents with spaces, and a file should not mix both. */
    @Override
    protected boolean isTabsToSpacesConversionEnabled() {
        return true;
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ISourceViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.error");
        projection.addSummarizableAnnotationType("org.eclipse.ui.workbench.texteditor.warning");
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        folding = new DslFolding(viewer);
        highlighter.install(viewer);
        contextRefresh.setSystem(true);
        contextArrived.setSystem(true);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(earlierFiles, IResourceChangeEvent.POST_CHANGE);
    }

    /**
     * Another change log file of the project (or its strata.yaml) changed on disk: what runs
     * before this file may have changed, so the context is read again and the text checked again.
     */
    private void resourcesChanged(IResourceChangeEvent event) {
        IFile self = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        IResourceDelta delta = event.getDelta();
        if (self == null || delta == null || DslContexts.projectRoot(self) == null) {
            return;
        }
        IResourceDelta project = delta.findMember(self.getProject().getFullPath());
        boolean[] relevant = { false };
        try {
            if (project != null) {
                project.accept(d -> {
                    if (relevant[0]) {
                        return false;
                    }
                    if (d.getResource() instanceof IFile changed) {
                        boolean content = d.getKind() != IResourceDelta.CHANGED || (d.getFlags() & IResourceDelta.CONTENT) != 0;
                        relevant[0] = content && !changed.equals(self) && CHANGE_LOG_EXTENSIONS.contains(String.valueOf(changed.getFileExtension()));
                        return false;
                    }
                    return true;
                });
            }
        } catch (CoreException e) {
            ILog.of(getClass()).log(e.getStatus());
        }
        if (relevant[0]) {
            contextRefresh.schedule(CONTEXT_REFRESH_DELAY_MS);
        }
    }

    @Override
    protected void createActions() {
        super.createActions();
        IAction assist = new ContentAssistAction(Messages.bundle(), CONTENT_ASSIST_ACTION + ".", this);
        assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
        setAction(CONTENT_ASSIST_ACTION, assist);
        markAsStateDependentAction(CONTENT_ASSIST_ACTION, true);

        IAction format = new Action(Messages.get("format.label")) {
            @Override
            public void run() {
                format();
            }
        };
        format.setToolTipText(Messages.get("format.tooltip"));
        format.setActionDefinitionId(FORMAT_COMMAND);
        setAction(FORMAT_ACTION, format);
        markAsStateDependentAction(FORMAT_ACTION, true);

        IAction definition = new Action(Messages.get("definition.label")) {
            @Override
            public void run() {
                openDefinitionAtCaret();
            }
        };
        definition.setToolTipText(Messages.get("definition.tooltip"));
        definition.setActionDefinitionId(DEFINITION_COMMAND);
        setAction(DEFINITION_ACTION, definition);
    }

    @Override
    protected void editorContextMenuAboutToShow(IMenuManager menu) {
        super.editorContextMenuAboutToShow(menu);
        addAction(menu, ITextEditorActionConstants.GROUP_EDIT, FORMAT_ACTION);
        addAction(menu, ITextEditorActionConstants.GROUP_FIND, DEFINITION_ACTION);
    }

    @Override
    protected void doSetInput(IEditorInput input) throws CoreException {
        super.doSetInput(input);
        latest = null;
        shownStamp = -1;
        IFile file = input == null ? null : input.getAdapter(IFile.class);
        fileName = file != null ? fileName(file) : input == null ? "" : input.getName();
        context = new CompletableFuture<>();
        CompletableFuture<DslContext> future = context;
        if (file == null || DslContexts.projectRoot(file) == null) {
            future.complete(DslContext.none());
        } else {
            Job job = new Job(Messages.bind("job.context", file.getProject().getName())) {
                @Override
                protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                    future.complete(readContext(file));
                    return Status.OK_STATUS;
                }

                @Override
                public boolean belongsTo(Object family) {
                    return family == FAMILY;
                }
            };
            job.setPriority(Job.SHORT);
            job.schedule(DslReconcilingStrategy.FIRST_PARSE_DELAY_MS); // after the editor has painted
        }
        if (outline != null) {
            outline.show(List.of());
        }
    }

    /** The name a file goes by in issues and definitions: its path in its project. */
    static String fileName(IFile file) {
        return file.getProjectRelativePath().toString();
    }

    // ----- parsing ------------------------------------------------------------------------------

    /** Parses a text of this editor with the file's context (waiting for it, off the UI thread). */
    DslDocument parse(String text) {
        return DslEditorServices.get().parse(text, fileName, contextNow());
    }

    /**
     * The reconciler's parse of the text at a stamp. While the file's context is still being read
     * (the project's change log through Liquibase, seconds on a cold IDE), the text is parsed
     * alone at once, so that colours, folding, the Outline and syntax problems do not wait; it is
     * checked again, with references, when the context arrives.
     */
    void reconcile(String text, long stamp, IProgressMonitor monitor) {
        CompletableFuture<DslContext> known = context;
        if (known.isDone()) {
            reconciled(parse(text), stamp, monitor, true);
            return;
        }
        reconciled(DslEditorServices.get().parse(text, fileName, DslContext.none()), stamp, monitor, false);
        known.whenComplete((c, e) -> contextArrived.schedule());
    }

    private static DslContext readContext(IFile file) {
        CountDownLatch gate = contextGate;
        if (gate != null) {
            try {
                gate.await(CONTEXT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return DslContexts.of(file);
    }

    /** For tests: reading a file's context waits until the latch is released (null: no waiting). */
    public static void holdContexts(CountDownLatch gate) {
        contextGate = gate;
    }

    private DslContext contextNow() {
        try {
            return context.get(CONTEXT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DslContext.none();
        } catch (ExecutionException | TimeoutException e) {
            return DslContext.none();
        }
    }

    /** The latest complete parse if it is of the text shown now, else null (for the UI thread, which must not parse). */
    public DslDocument current() {
        Parsed parsed = latest;
        IDocument document = document();
        return parsed != null && parsed.complete() && document != null && parsed.stamp() == stamp(document) ? parsed.document() : null;
    }

    /** The parse of the text shown now: the latest if it is current, else a new one (off the UI thread only). */
    DslDocument currentOrParse() {
        DslDocument current = current();
        if (current != null) {
            return current;
        }
        IDocument document = document();
        return document == null ? null : parse(document.get());
    }

    /** Whether the markers, colours, folding and Outline are those of a complete parse of the text shown now (for tests and the benchmark). */
    public boolean settled() {
        IDocument document = document();
        return document != null && shownStamp == stamp(document);
    }

    /** The latest parse, current or not (null before the first). */
    public Parsed latest() {
        return latest;
    }

    /** Called on the UI thread with each complete parse once it is shown; for tests and the benchmark. */
    public void addParseListener(Consumer<Parsed> listener) {
        listeners.add(listener);
    }

    public void removeParseListener(Consumer<Parsed> listener) {
        listeners.remove(listener);
    }

    static long stamp(IDocument document) {
        return ((IDocumentExtension4) document).getModificationStamp();
    }

    /**
     * A parse is done (reconciler thread): markers now; colours, folding and Outline on the UI
     * thread. A parse without the context ({@code complete} false) leaves out unknown tables and
     * columns: they may be defined in earlier files.
     */
    void reconciled(DslDocument document, long stamp, IProgressMonitor monitor, boolean complete) {
        if (disposed) {
            return;
        }
        Parsed parsed = new Parsed(document, stamp, complete);
        synchronized (this) {
            if (latest != null && (latest.stamp() > stamp || latest.stamp() == stamp && latest.complete() && !complete)) {
                return; // a parse of newer text, or a complete one of this text, is already in (parses may overlap)
            }
            latest = parsed;
        }
        IDocument text = document();
        if (text == null || stamp(text) != stamp) {
            return; // typed on since: the reconciler parses again, and its markers will fit the text
        }
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        Predicate<DslIssue> marked = complete ? issue -> true : DslEditor::ownProblem;
        List<Map<String, Object>> markers = DslMarkers.attributes(document, marked);
        if (file != null && file.exists()) {
            try {
                DslMarkers.replace(file, markers, monitor);
            } catch (CoreException e) {
                ILog.of(getClass()).log(e.getStatus());
            }
        } else {
            annotate(document, marked);
        }
        // Everything the UI shows of the parse is made here, so that the UI thread only compares and applies.
        List<io.strata.dsl.ide.Highlight> highlights = SemanticHighlighter.semantic(document.highlights());
        java.util.Set<DslFolding.Span> folds = DslFolding.wanted(document.text(), document.foldingRegions());
        List<DslOutlinePage.Node> items = outline != null ? DslOutlinePage.nodes(document.outline(), null) : null;
        Display display = getSite() == null ? null : getSite().getShell().getDisplay();
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            ISourceViewer viewer = getSourceViewer();
            IDocument shown = document();
            if (viewer == null || shown == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
                return;
            }
            if (stamp(shown) == stamp) {
                highlighter.update(highlights);
                folding.update(folds);
            }
            if (outline != null) {
                outline.showNodes(items != null ? items : DslOutlinePage.nodes(document.outline(), null));
            }
            if (complete) {
                shownStamp = stamp;
                listeners.forEach(l -> l.accept(parsed));
            }
        });
    }

    /** A problem of the text alone, known without what runs before it (syntax, attributes, duplicate ids). */
    private static boolean ownProblem(DslIssue issue) {
        return !DslIssue.UNKNOWN_TABLE.equals(issue.code()) && !DslIssue.UNKNOWN_COLUMN.equals(issue.code());
    }

    /** Problems of a file outside the workspace: annotations only (no resource to put markers on). */
    private void annotate(DslDocument document, Predicate<DslIssue> shown) {
        IAnnotationModel model = getDocumentProvider() == null ? null : getDocumentProvider().getAnnotationModel(getEditorInput());
        if (!(model instanceof IAnnotationModelExtension extension)) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        for (DslIssue issue : document.issues()) {
            Region region = document.region(issue);
            if (region != null && shown.test(issue) && added.size() < DslMarkers.MAX_MARKERS) {
                String type = issue.severity() == DslIssue.Severity.ERROR ? "org.eclipse.ui.workbench.texteditor.error"
                        : "org.eclipse.ui.workbench.texteditor.warning";
                added.put(new Annotation(type, false, issue.message()), new Position(region.offset(), Math.max(1, region.length())));
            }
        }
        synchronized (ownAnnotations) {
            extension.replaceAnnotations(ownAnnotations.keySet().toArray(Annotation[]::new), added);
            ownAnnotations.clear();
            ownAnnotations.putAll(added);
        }
    }

    // ----- format -------------------------------------------------------------------------------

    /** Formats the whole text in a Job; applies the edits as one undoable change if the text is still the same. */
    public void format() {
        IDocument document = document();
        ISourceViewer viewer = getSourceViewer();
        if (document == null || viewer == null || !isEditable()) {
            return;
        }
        long stamp = stamp(document);
        String text = document.get();
        DslDocument current = current();
        Display display = viewer.getTextWidget().getDisplay();
        Job job = new Job(Messages.bind("job.format", getEditorInput().getName())) {
            @Override
            protected org.eclipse.core.runtime.IStatus run(IProgressMonitor monitor) {
                DslDocument parsed = current != null ? current : parse(text);
                List<TextEdit> edits = parsed.format();
                display.asyncExec(() -> applyFormat(stamp, edits));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setPriority(Job.INTERACTIVE);
        job.setUser(false);
        job.schedule();
    }

    private void applyFormat(long stamp, List<TextEdit> edits) {
        IDocument document = document();
        ISourceViewer viewer = getSourceViewer();
        if (document == null || viewer == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
            return;
        }
        if (stamp(document) != stamp) {
            setStatusMessage(Messages.get("status.formatStale"));
            return;
        }
        if (edits.isEmpty()) {
            return;
        }
        Point selection = viewer.getSelectedRange();
        int top = viewer.getTopIndex();
        ITextViewerExtension redraw = viewer instanceof ITextViewerExtension e ? e : null;
        if (redraw != null) {
            redraw.setRedraw(false);
        }
        try {
            TextEdits.apply(document, edits);
        } catch (BadLocationException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        } finally {
            if (redraw != null) {
                redraw.setRedraw(true);
            }
        }
        int start = TextEdits.map(selection.x, edits);
        int end = TextEdits.map(selection.x + selection.y, edits);
        viewer.setSelectedRange(start, Math.max(0, end - start));
        viewer.setTopIndex(top);
    }

    // ----- go to definition ---------------------------------------------------------------------

    /** F3: the definition of the table or column at the caret, found in a Job, opened on the UI thread. */
    public void openDefinitionAtCaret() {
        ISourceViewer viewer = getSourceViewer();
        if (viewer == null) {
            return;
        }
        int offset = modelOffset(viewer, viewer.getTextWidget().getCaretOffset());
        DslDocument current = current();
        if (current != null) {
            openDefinition(current.definition(offset).orElse(null));
            return;
        }
        Display display = viewer.getTextWidget().getDisplay();
        Job job = Job.create(Messages.get("job.definition"), monitor -> {
            DslDocument parsed = currentOrParse();
            Definition definition = parsed == null ? null : parsed.definition(offset).orElse(null);
            display.asyncExec(() -> openDefinition(definition));
        });
        job.setSystem(true);
        job.schedule();
    }

    private static int modelOffset(ISourceViewer viewer, int widgetOffset) {
        return viewer instanceof ITextViewerExtension5 extension ? extension.widgetOffset2ModelOffset(widgetOffset) : widgetOffset;
    }

    /** Shows a definition: here, or in its file (opened in its editor). */
    void openDefinition(Definition definition) {
        if (definition == null) {
            setStatusMessage(Messages.get("status.noDefinition"));
            return;
        }
        IFile self = getEditorInput().getAdapter(IFile.class);
        if (definition.file() == null || definition.file().equals(fileName) || self != null && self.getLocation() != null
                && self.getLocation().toPath().equals(resolve(definition.file(), self))) {
            selectAndReveal(definition.offset(), definition.length());
            return;
        }
        Path target = resolve(definition.file(), self);
        if (target == null) {
            setStatusMessage(Messages.bind("status.definitionMissing", definition.file()));
            return;
        }
        try {
            IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(target.toUri());
            IEditorPart part = files.length > 0 && files[0].exists() ? IDE.openEditor(getSite().getPage(), files[0])
                    : IDE.openEditorOnFileStore(getSite().getPage(), EFS.getLocalFileSystem().getStore(target.toUri()));
            if (part instanceof ITextEditor editor) {
                reveal(editor, definition);
            } else if (part != null && files.length > 0 && definition.line() > 0) {
                IDE.gotoMarker(part, gotoLine(files[0], definition.line()));
            }
        } catch (PartInitException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
            setStatusMessage(e.getMessage());
        }
    }

    /** Selects a definition in a text editor: its characters, or its line when only the line is known (XML, YAML...). */
    private static void reveal(ITextEditor editor, Definition definition) {
        if (definition.length() == 0 && definition.line() > 0) {
            IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            try {
                org.eclipse.jface.text.IRegion line = document.getLineInformation(definition.line() - 1);
                editor.selectAndReveal(line.getOffset(), line.getLength());
                return;
            } catch (BadLocationException e) {
                // fall back to the offset
            }
        }
        editor.selectAndReveal(definition.offset(), definition.length());
    }

    private static org.eclipse.core.resources.IMarker gotoLine(IFile file, int line) throws PartInitException {
        try {
            org.eclipse.core.resources.IMarker marker = file.createMarker(org.eclipse.core.resources.IMarker.TEXT);
            marker.setAttribute(org.eclipse.core.resources.IMarker.LINE_NUMBER, line);
            return marker;
        } catch (CoreException e) {
            throw new PartInitException(e.getStatus());
        }
    }

    /** A definition's file: absolute, or relative to the project's root or to this file's folder. */
    static Path resolve(String file, IFile self) {
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return Files.exists(path) ? path.normalize() : null;
        }
        List<Path> bases = new ArrayList<>();
        if (self != null && self.getLocation() != null) {
            bases.add(self.getProject().getLocation().toPath());
            bases.add(self.getLocation().toPath().getParent());
        }
        for (Path base : bases) {
            Path candidate = base.resolve(path).normalize();
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private void setStatusMessage(String message) {
        if (getEditorSite() != null) {
            getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
        }
    }

    // ----- outline ------------------------------------------------------------------------------

    @Override
    protected void handleCursorPositionChanged() {
        super.handleCursorPositionChanged();
        ISourceViewer viewer = getSourceViewer();
        if (outline != null && viewer != null) {
            StyledText widget = viewer.getTextWidget();
            outline.reveal(modelOffset(viewer, widget.getCaretOffset()));
        }
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (IContentOutlinePage.class.equals(adapter)) {
            if (outline == null || outline.getControl() == null || outline.getControl().isDisposed()) {
                outline = new DslOutlinePage(this);
                Parsed parsed = latest;
                if (parsed != null) {
                    outline.show(parsed.document().outline());
                }
            }
            return adapter.cast(outline);
        }
        if (projection != null) {
            Object object = projection.getAdapter(getSourceViewer(), adapter);
            if (object != null) {
                return adapter.cast(object);
            }
        }
        return super.getAdapter(adapter);
    }

    /** The Outline page, once the Outline view asked for it (for tests). */
    public DslOutlinePage outlinePage() {
        return outline;
    }

    // ----- access -------------------------------------------------------------------------------

    /** The text being edited. */
    public IDocument document() {
        return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
    }

    /** What the hover shows at an offset of the text (for tests; the hover manager asks off the UI thread). */
    public String hoverInfo(int offset) {
        ISourceViewer viewer = getSourceViewer();
        org.eclipse.jface.text.ITextHover hover = configuration.getTextHover(viewer, IDocument.DEFAULT_CONTENT_TYPE);
        return hover.getHoverInfo(viewer, hover.getHoverRegion(viewer, offset));
    }

    /** The viewer (for tests). */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    @Override
    public void dispose() {
        disposed = true;
        IFile file = getEditorInput() == null ? null : getEditorInput().getAdapter(IFile.class);
        boolean dirty = isDirty();
        if (outline != null) {
            outline = null;
        }
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(earlierFiles);
        contextRefresh.cancel();
        contextArrived.cancel();
        highlighter.uninstall();
        if (projection != null) {
            projection.dispose();
        }
        super.dispose();
        if (dirty) {
            // The markers came from text that was not saved: check the file as it is on disk.
            DslFileCheck.schedule(file);
        }
    }
}
