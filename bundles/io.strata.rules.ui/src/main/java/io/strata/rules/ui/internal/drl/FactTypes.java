package io.strata.rules.ui.internal.drl;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import io.strata.forecast.RuleSupport;
import io.strata.forecast.Sql;
import io.strata.forecast.StageInfo;
import io.strata.forecast.model.DatabaseModel;
import io.strata.rules.Response;
import io.strata.rules.ResponseType;
import liquibase.change.Change;
import liquibase.change.ColumnConfig;
import liquibase.change.core.CreateIndexChange;
import liquibase.changelog.ChangeSet;

/**
 * The classes a rule can match and import, by simple name, with their bean properties: what
 * content assist offers. {@link #strataFacts} is the catalogue of the facts the forecast inserts
 * (docs/forecast.md): Liquibase's core changes, change sets, the database model, StageInfo, Sql,
 * Response. Thread-safe; properties are read once per class.
 */
public final class FactTypes {

    /**
     * A bean property of a fact, as a constraint names it.
     *
     * @param name {@code indexName} for {@code getIndexName()}
     * @param type the simple name of its type, e.g. {@code List<ColumnConfig>}
     */
    public record Property(String name, String type) {
    }

    /**
     * Lists the names of the classes in the package of an anchor class (not in sub-packages). In
     * OSGi the bundle's wiring knows them; outside, the jar or folder the class was loaded from.
     */
    public interface ClassLister extends Function<Class<?>, List<String>> {
    }

    private final Map<String, Class<?>> bySimpleName;
    private final Map<Class<?>, List<Property>> properties = new ConcurrentHashMap<>();

    private FactTypes(Map<String, Class<?>> bySimpleName) {
        this.bySimpleName = Collections.unmodifiableMap(bySimpleName);
    }

    /** A catalogue of these classes; when two have the same simple name, the first wins. */
    public static FactTypes of(Collection<Class<?>> classes) {
        Map<String, Class<?>> map = new TreeMap<>();
        for (Class<?> type : classes) {
            map.putIfAbsent(type.getSimpleName(), type);
        }
        return new FactTypes(map);
    }

    /** The facts of Strata's rule phases, packages listed with the given lister. */
    public static FactTypes strataFacts(ClassLister lister) {
        List<Class<?>> classes = new ArrayList<>();
        classes.addAll(publicClassesInPackageOf(CreateIndexChange.class, lister));
        classes.addAll(List.of(Change.class, ColumnConfig.class, ChangeSet.class));
        classes.addAll(publicClassesInPackageOf(DatabaseModel.class, lister));
        classes.addAll(List.of(StageInfo.class, Sql.class, RuleSupport.class, RuleSupport.Column.class, Response.class,
                ResponseType.class));
        return of(classes);
    }

    /** The public top-level classes of the anchor's package that a rule can name (no interfaces). */
    static List<Class<?>> publicClassesInPackageOf(Class<?> anchor, ClassLister lister) {
        List<Class<?>> found = new ArrayList<>();
        for (String name : lister.apply(anchor)) {
            if (name.contains("$")) {
                continue;
            }
            try {
                Class<?> type = Class.forName(name, false, anchor.getClassLoader());
                if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && !type.isAnnotation()) {
                    found.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A class that cannot be loaded cannot be a fact either.
            }
        }
        found.sort(Comparator.comparing(Class::getName));
        return found;
    }

    /** Lists a package from the jar or folder its anchor class was loaded from. */
    public static List<String> classesFromCodeSource(Class<?> anchor) {
        CodeSource source = anchor.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalStateException("No code source for " + anchor.getName() + ": cannot list its package");
        }
        Path location;
        try {
            location = Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot list the package of " + anchor.getName() + " from "
                    + source.getLocation(), e);
        }
        String packagePath = anchor.getPackageName().replace('.', '/');
        List<String> names = new ArrayList<>();
        try {
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(packagePath);
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".class"))
                            .forEach(f -> names.add(anchor.getPackageName() + "." + f.substring(0, f.length() - 6)));
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    for (JarEntry entry : Collections.list(jar.entries())) {
                        String entryName = entry.getName();
                        if (entryName.startsWith(packagePath + "/") && entryName.endsWith(".class")
                                && entryName.indexOf('/', packagePath.length() + 1) < 0) {
                            names.add(entryName.substring(0, entryName.length() - 6).replace('/', '.'));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the package of " + anchor.getName() + " in " + location
                    + File.separator, e);
        }
        return names;
    }

    /** The simple names of every type, sorted. */
    public Collection<String> names() {
        return bySimpleName.keySet();
    }

    /** The class with this simple name, or {@code null}. */
    public Class<?> type(String simpleName) {
        return bySimpleName.get(simpleName);
    }

    /** The type's bean properties (getX(), isX() of a boolean), sorted by name. */
    public List<Property> properties(Class<?> type) {
        return properties.computeIfAbsent(type, FactTypes::readProperties);
    }

    private static List<Property> readProperties(Class<?> type) {
        Map<String, Property> found = new TreeMap<>();
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() > 0
                    || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            String property = null;
            if (name.startsWith("get") && name.length() > 3) {
                property = decapitalize(name.substring(3));
            } else if (name.startsWith("is") && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                property = decapitalize(name.substring(2));
            }
            if (property != null) {
                found.putIfAbsent(property, new Property(property, typeName(method.getGenericReturnType())));
            }
        }
        return List.copyOf(found.values());
    }

    /** As java.beans does it: {@code IndexName} -> {@code indexName}, {@code URL} stays. */
    static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1)) && Character.isUpperCase(name.charAt(0))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String typeName(java.lang.reflect.Type type) {
        return type.getTypeName().replaceAll("\\b[a-z][\\w]*\\.", "").replace('$', '.');
    }
}
