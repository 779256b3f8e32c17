package io.strata.liquibase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import liquibase.Scope;
import liquibase.changelog.ChangeLogParameters;
import liquibase.exception.ChangeLogParseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.xml.XMLChangeLogSAXParser;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's XML change log parser, taking the tree of an unchanged file from a
 * {@link ParsedChangeLogCache} when the Liquibase scope holds one ({@link #scope}); without one it
 * is Liquibase's parser. It ranks above Liquibase's own XML parser so that included files come
 * through it too; everything after the tree (includes, properties, change objects) stays
 * Liquibase's {@code DatabaseChangeLog.load}.
 *
 * <p>A file's tree is only stored when the parse read nothing but the file: a DOCTYPE (external
 * entities) or an XSD found among the project's files would make it depend on other files.
 */
public final class CachingXmlChangeLogParser extends XMLChangeLogSAXParser {

    /** Makes Liquibase's parser factory know this parser; does nothing when it already does. */
    public static void register() {
        ChangeLogParserFactory factory = ChangeLogParserFactory.getInstance();
        synchronized (CachingXmlChangeLogParser.class) {
            if (factory.getParsers().stream().noneMatch(CachingXmlChangeLogParser.class::isInstance)) {
                factory.register(new CachingXmlChangeLogParser());
            }
        }
    }

    /** Scope values that make the parses inside the scope use {@code cache}. */
    public static Map<String, Object> scope(ParsedChangeLogCache cache) {
        return Map.of(ParsedChangeLogCache.SCOPE_KEY, cache);
    }

    @Override
    public int getPriority() {
        return super.getPriority() + 1;
    }

    @Override
    protected ParsedNode parseToNode(String physicalChangeLogLocation, ChangeLogParameters changeLogParameters,
            ResourceAccessor resourceAccessor) throws ChangeLogParseException {
        ParsedChangeLogCache cache = Scope.getCurrentScope().get(ParsedChangeLogCache.SCOPE_KEY, ParsedChangeLogCache.class);
        if (cache == null) {
            return super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
        }
        byte[] content;
        try {
            Resource resource = resourceAccessor.get(physicalChangeLogLocation);
            if (resource == null || !resource.exists()) {
                return super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
            }
            content = ParsedChangeLogCache.readAll(resource.openInputStream());
        } catch (IOException | RuntimeException e) {
            return super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
        }
        if (declaresEntities(content)) {
            cache.counted(false);
            return super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor);
        }
        String key = ParsedChangeLogCache.key(content, getSaxParserFactory().isValidating());
        ParsedNode cached = cache.read(key);
        if (cached != null) {
            cache.counted(true);
            return cached;
        }
        cache.counted(false);
        Watching watching = new Watching(Scope.getCurrentScope().getResourceAccessor());
        ParsedNode parsed;
        try {
            parsed = Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), watching),
                    () -> super.parseToNode(physicalChangeLogLocation, changeLogParameters, resourceAccessor));
        } catch (ChangeLogParseException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ChangeLogParseException(e);
        }
        if (parsed != null && !watching.used) {
            cache.write(key, parsed);
        }
        return parsed;
    }

    /** Whether the file has a document type declaration (which may pull in other files as entities). */
    private static boolean declaresEntities(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, 1 << 16), StandardCharsets.ISO_8859_1);
        return head.contains("<!DOCTYPE") || head.contains("<!ENTITY");
    }

    /**
     * The scope's resource accessor while the XML parser runs: it is what Liquibase's entity
     * resolver reads XSDs and entities from when its class path has none, so any use means the
     * tree depends on a file besides the change log.
     */
    private static final class Watching extends AbstractResourceAccessor {
        private final ResourceAccessor delegate;
        volatile boolean used;

        Watching(ResourceAccessor delegate) {
            this.delegate = delegate;
        }

        @Override
        public List<Resource> search(String path, boolean recursive) throws IOException {
            used = true;
            return delegate.search(path, recursive);
        }

        @Override
        public List<Resource> getAll(String path) throws IOException {
            used = true;
            return delegate.getAll(path);
        }

        @Override
        public List<String> describeLocations() {
            return delegate.describeLocations();
        }

        @Override
        public void close() throws Exception {
            // the delegate belongs to the enclosing scope
        }
    }
}
