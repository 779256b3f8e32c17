package io.strata.liquibase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import liquibase.Scope;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.visitor.ChangeVisitor;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changeset.ChangeSetService;
import liquibase.changeset.ChangeSetServiceFactory;
import liquibase.changeset.StandardChangeSetService;
import liquibase.exception.UnexpectedLiquibaseException;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.ResourceAccessor;

/**
 * Which Liquibase change class each element name of a change set stands for, remembered for one
 * parse of a change log.
 *
 * <p>For every child element and attribute of a change set, Liquibase's parser asks its
 * {@link ChangeFactory} for the change of that name, and the factory asks each of its ~90 change
 * plug-ins for its metadata and priority: two thirds of the time of reading a large change log
 * (JFR, 10,000 change sets: 1.3 s of 1.9 s). Within one parse the answer for a name does not
 * change (the plug-ins and the scope's database are fixed), so {@link #scope()} puts a
 * {@link ChangeTypes} into the parse's Liquibase scope and forces, by Liquibase's own
 * {@code liquibase.plugin.<interface>} scope key, a {@link ChangeSetService} whose change sets
 * ask the factory once per name and then construct the remembered class, exactly as
 * {@link ChangeFactory#create} does ({@code getConstructor().newInstance()}, then
 * {@code load} and the change log's change visitors, as {@code ChangeSet.toChange} does).
 *
 * <p>Outside such a scope the service is never chosen (its priority is
 * {@link liquibase.plugin.Plugin#PRIORITY_NOT_APPLICABLE}), and its change sets, made without a
 * {@link ChangeTypes}, behave like Liquibase's own.
 */
public final class ChangeTypes {

    /** The scope key under which a parse's {@link ChangeTypes} is found. */
    static final String SCOPE_KEY = "io.strata.liquibase.changeTypes";

    private static final String FORCED_SERVICE_KEY = "liquibase.plugin." + ChangeSetService.class.getName();

    private static boolean registered;

    private final Map<String, Class<? extends Change>> classes = new HashMap<>();
    private final Set<String> notChanges = new HashSet<>();

    /** The scope values under which Liquibase parses with a fresh {@link ChangeTypes}. */
    static Map<String, Object> scope() {
        register();
        return Map.of(SCOPE_KEY, new ChangeTypes(), FORCED_SERVICE_KEY, Service.class);
    }

    private static synchronized void register() {
        if (!registered) {
            ChangeSetServiceFactory.getInstance().register(new Service());
            registered = true;
        }
    }

    /** How many element names were asked of Liquibase's change factory (for the tests). */
    int names() {
        return classes.size() + notChanges.size();
    }

    /**
     * The change for the element {@code node} of {@code changeSet}, as {@code ChangeSet.toChange}
     * makes it; {@code plain} is that method, for names not seen yet and for the error cases.
     */
    Change toChange(ChangeSet changeSet, ParsedNode node, ResourceAccessor accessor, Lookup plain) throws ParsedNodeException {
        String name = node.getName();
        Class<? extends Change> type = classes.get(name);
        if (type == null) {
            if (notChanges.contains(name) && node.getChildren().isEmpty()) {
                return null; // an attribute: Liquibase's factory has no change of that name
            }
            Change change = plain.toChange(node, accessor);
            if (change == null) {
                notChanges.add(name);
            } else {
                classes.put(name, change.getClass());
            }
            return change;
        }
        Change change;
        try {
            change = type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new UnexpectedLiquibaseException(e);
        }
        change.load(node, accessor);
        for (ChangeVisitor visitor : changeSet.getChangeLog().getChangeVisitors()) {
            change.modify(visitor);
        }
        return change;
    }

    /** {@code ChangeSet.toChange}, which is protected. */
    @FunctionalInterface
    interface Lookup {
        Change toChange(ParsedNode node, ResourceAccessor accessor) throws ParsedNodeException;
    }

    /** Liquibase's standard change set service, whose change sets remember change classes by name. */
    public static final class Service extends StandardChangeSetService {

        @Override
        public int getPriority() {
            return PRIORITY_NOT_APPLICABLE;
        }

        @Override
        public ChangeSet createChangeSet(DatabaseChangeLog changeLog) {
            ChangeTypes types = Scope.getCurrentScope().get(SCOPE_KEY, ChangeTypes.class);
            return types == null ? super.createChangeSet(changeLog) : new ParsedChangeSet(changeLog, types);
        }
    }

    /**
     * A change set read by Strata's parse: Liquibase's own, but for how its changes are looked up.
     * Public: rules see it as the fact class of change sets.
     */
    public static final class ParsedChangeSet extends ChangeSet {

        private final ChangeTypes types;

        ParsedChangeSet(DatabaseChangeLog changeLog, ChangeTypes types) {
            super(changeLog);
            this.types = types;
        }

        @Override
        protected Change toChange(ParsedNode value, ResourceAccessor resourceAccessor) throws ParsedNodeException {
            return types.toChange(this, value, resourceAccessor, super::toChange);
        }
    }
}
