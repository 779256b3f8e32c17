package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.resource.ResourceAccessor;

/**
 * Change logs Liquibase loaded, kept in a long-running process's memory (the Strata daemon, see
 * docs/cli.md) so that a forecast of an unchanged change log does not load it again: at 10,000
 * change sets Liquibase's {@code DatabaseChangeLog.load} takes 0.2-0.45 s even from the parsed
 * change log cache. Off unless {@link #enable} was called; the plain CLI and the IDE never use it.
 *
 * <p>An entry is used only when everything the load depended on is unchanged:
 * <ul>
 * <li>the key: the project folder and master change log, the database's kind, version, schema and
 * catalog, the contexts and labels, Liquibase's version, the extension jars (path, size, time),
 * every environment variable and system property (Liquibase's change log properties come from
 * them), and the content of {@code strata.yaml};</li>
 * <li>the {@link RecordingResourceAccessor.Fact facts} recorded while it loaded: every file read
 * (content digest), every folder listing ({@code includeAll}) and existence check, checked again
 * before each use.</li>
 * </ul>
 * A loaded change log is shared Liquibase objects that a command (or a rule) could change. So each
 * entry also holds a fingerprint of every change set's state (its fields and those of the Liquibase
 * objects it holds: changes, columns, constraints, preconditions, rollback, filters); after a
 * command used it, the fingerprint is taken again ({@link #settle}, which the daemon calls once
 * the client has its exit code, or at the next use at the latest), and an entry that changed is
 * dropped. Checksums Liquibase memoized during a command are cleared before the next use.
 *
 * <p>Bounded: at most {@link #MAX_ENTRIES} change logs and {@code maxChangeSets} change sets in
 * all (least recently used go first); a larger change log is not kept.
 */
public final class ChangeLogMemory {

    /** At most this many change logs are kept. */
    public static final int MAX_ENTRIES = 4;

    private static volatile ChangeLogMemory shared;

    private final int maxChangeSets;
    private final Map<String, Entry> entries = new LinkedHashMap<>(8, 0.75f, true);
    private int hits;
    private int misses;

    private static final class Entry {
        final DatabaseChangeLog changeLog;
        final List<RecordingResourceAccessor.Fact> facts;
        final int changeSets;
        final long[] fingerprint;
        /** Handed out since its fingerprint was last checked. */
        boolean lent;

        Entry(DatabaseChangeLog changeLog, List<RecordingResourceAccessor.Fact> facts, long[] fingerprint) {
            this.changeLog = changeLog;
            this.facts = facts;
            this.changeSets = changeLog.getChangeSets().size();
            this.fingerprint = fingerprint;
        }
    }

    /** @param maxChangeSets the most change sets kept in all */
    public ChangeLogMemory(int maxChangeSets) {
        this.maxChangeSets = maxChangeSets;
    }

    /** Makes {@link #shared()} a memory of at most {@code maxChangeSets} change sets (the daemon calls this once). */
    public static void enable(int maxChangeSets) {
        shared = new ChangeLogMemory(maxChangeSets);
    }

    /** Turns the shared memory off again (and lets its change logs go). */
    public static void disable() {
        shared = null;
    }

    /** The process's memory, or null when it is off (the default). */
    public static ChangeLogMemory shared() {
        return shared;
    }

    /** Checks the change logs used since the last call (see the class comment); the shared one's, when on. */
    public static void settleShared() {
        ChangeLogMemory memory = shared;
        if (memory != null) {
            memory.settle();
        }
    }

    /** Loads answered from memory in this object's lifetime. */
    public synchronized int hits() {
        return hits;
    }

    /** Loads that had to go to Liquibase in this object's lifetime. */
    public synchronized int misses() {
        return misses;
    }

    /** Change logs kept. */
    public synchronized int size() {
        return entries.size();
    }

    /** Drops every change log kept whose fingerprint no longer matches its content (something changed it). */
    public synchronized void settle() {
        entries.values().removeIf(e -> e.lent && !unchanged(e));
    }

    private static boolean unchanged(Entry entry) {
        entry.lent = false;
        try {
            return java.util.Arrays.equals(entry.fingerprint, fingerprint(entry.changeLog));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** What {@link #load} does when the change log is not in memory. */
    interface Loader {
        DatabaseChangeLog load(ResourceAccessor recording) throws Exception;
    }

    /**
     * The change log for {@code key} from memory when every fact it depended on still holds;
     * otherwise {@code loader}'s, through a recording accessor over {@code files}, kept for later.
     *
     * @param key what the load depends on besides files ({@link #key}); null: do not use the memory
     */
    synchronized DatabaseChangeLog load(String key, ResourceAccessor files, Loader loader) throws Exception {
        if (key == null) {
            return loader.load(files);
        }
        Entry entry = entries.get(key);
        if (entry != null) {
            if ((!entry.lent || unchanged(entry)) && holds(entry.facts, files)) {
                hits++;
                for (ChangeSet changeSet : entry.changeLog.getChangeSets()) {
                    changeSet.clearCheckSum();
                }
                entry.lent = true;
                return entry.changeLog;
            }
            entries.remove(key);
        }
        misses++;
        RecordingResourceAccessor recorder = new RecordingResourceAccessor(files);
        DatabaseChangeLog loaded = loader.load(recorder);
        int count = loaded.getChangeSets().size();
        if (!recorder.unsupported() && count <= maxChangeSets) {
            long[] fingerprint;
            try {
                fingerprint = fingerprint(loaded);
            } catch (RuntimeException e) {
                return loaded;
            }
            Entry fresh = new Entry(loaded, recorder.facts(), fingerprint);
            fresh.lent = true;
            entries.put(key, fresh);
            int total = 0;
            for (Entry e : entries.values()) {
                total += e.changeSets;
            }
            Iterator<Entry> oldest = entries.values().iterator();
            while (oldest.hasNext() && (entries.size() > MAX_ENTRIES || total > maxChangeSets)) {
                Entry e = oldest.next();
                if (e != fresh) {
                    total -= e.changeSets;
                    oldest.remove();
                }
            }
        }
        return loaded;
    }

    private static boolean holds(List<RecordingResourceAccessor.Fact> facts, ResourceAccessor files) {
        try {
            for (RecordingResourceAccessor.Fact fact : facts) {
                if (!RecordingResourceAccessor.holds(fact, files)) {
                    return false;
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * What a change log's load depends on besides the files it read, or null when part of it
     * cannot be told (then the memory is not used).
     */
    static String key(Path projectDir, String changelog, Database database, List<String> contexts, String labels) {
        String environment = ChangeLogIndex.environment(changelog, database, List.of());
        if (environment == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(environment);
        text.append("\nproject=").append(projectDir.toAbsolutePath().normalize())
                .append("\ncontexts=").append(contexts)
                .append("\nlabels=").append(labels)
                .append("\nstrata.yaml=").append(RecordingResourceAccessor.md5(projectDir.resolve("strata.yaml")))
                .append(ParsedChangeLogCache.extensions());
        for (Map.Entry<String, String> variable : new TreeMap<>(System.getenv()).entrySet()) {
            text.append("\nenv:").append(variable.getKey()).append('=').append(variable.getValue());
        }
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().forEach((name, value) -> properties.put(String.valueOf(name), String.valueOf(value)));
        properties.forEach((name, value) -> text.append("\nproperty:").append(name).append('=').append(value));
        return sha256(text.toString());
    }

    /**
     * A hash of each change set's state: every field of it and of the Liquibase objects it holds
     * (changes, columns, constraints, preconditions, rollback, filters), read directly (no getter
     * runs, no file is read), except Liquibase's memoized checksum and the links back to the
     * change log and the database.
     */
    static long[] fingerprint(DatabaseChangeLog changeLog) {
        List<ChangeSet> changeSets = changeLog.getChangeSets();
        long[] hashes = new long[changeSets.size()];
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        for (int i = 0; i < hashes.length; i++) {
            seen.clear();
            hashes[i] = hash(changeSets.get(i), seen, 0);
        }
        return hashes;
    }

    /** The fields of a Liquibase class (and its superclasses) that make up its state. */
    private static final ClassValue<Field[]> FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Class<?> t = field.getType();
                    if (Modifier.isStatic(field.getModifiers()) || (c == ChangeSet.class && field.getName().equals("checkSum"))
                            || DatabaseChangeLog.class.isAssignableFrom(t) || Database.class.isAssignableFrom(t)
                            || ChangeLogParameters.class.isAssignableFrom(t) || ResourceAccessor.class.isAssignableFrom(t)
                            || liquibase.Scope.class.isAssignableFrom(t)
                            || (type != ChangeSet.class && ChangeSet.class.isAssignableFrom(t))) {
                        continue;
                    }
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            return fields.toArray(Field[]::new);
        }
    };

    private static long hash(Object value, IdentityHashMap<Object, Boolean> seen, int depth) {
        if (value == null) {
            return 7;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Character
                || value instanceof Enum<?> || value instanceof Class<?>) {
            return value.hashCode();
        }
        if (value instanceof java.util.Date date) {
            return date.getTime();
        }
        if (depth > 100 || seen.put(value, Boolean.TRUE) != null) {
            return 11;
        }
        if (value instanceof Collection<?> collection) {
            long h = collection instanceof Set<?> ? 13 : 17;
            for (Object element : collection.toArray()) {
                h = collection instanceof Set<?> ? h + hash(element, seen, depth + 1) : h * 31 + hash(element, seen, depth + 1);
            }
            return h;
        }
        if (value instanceof Map<?, ?> map) {
            long h = 19;
            for (Map.Entry<?, ?> entry : map.entrySet().toArray(Map.Entry<?, ?>[]::new)) {
                h += hash(entry.getKey(), seen, depth + 1) * 37 ^ hash(entry.getValue(), seen, depth + 1);
            }
            return h;
        }
        if (value instanceof Object[] array) {
            long h = 23;
            for (Object element : array) {
                h = h * 31 + hash(element, seen, depth + 1);
            }
            return h;
        }
        Class<?> type = value.getClass();
        if (!(value instanceof liquibase.serializer.LiquibaseSerializable) && !type.getName().startsWith("liquibase.")) {
            return value.hashCode();
        }
        long h = type.getName().hashCode();
        for (Field field : FIELDS.get(type)) {
            Object fieldValue;
            try {
                fieldValue = field.get(value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            h = h * 31 + hash(fieldValue, seen, depth + 1);
        }
        return h;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
