package io.strata.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.OpenOptions;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * A resource accessor that remembers everything Liquibase learned through it while it parsed a
 * change log: which paths it looked up or listed and what it found, which files it read (with a
 * hash of their content) and which resources it asked about. These {@link Fact facts} are what the
 * parse depended on; when all of them still hold, a new parse would read exactly the same input.
 */
final class RecordingResourceAccessor extends AbstractResourceAccessor {

    /** Something the parse learned from the file system, and can be checked again. */
    sealed interface Fact permits Listing, Content, Existence {
    }

    /** {@code search(path, recursive)} (when {@code search}) or {@code getAll(path)} returned these resource paths. */
    record Listing(boolean search, String path, boolean recursive, List<String> found) implements Fact {
    }

    /**
     * The file at {@code uri} was read; its content had this MD5 digest (null: it could not be read).
     * MD5 detects edits as well as any digest, and is two to four times faster than SHA-256 here.
     */
    record Content(URI uri, String md5) implements Fact {
    }

    /** The resource at {@code uri} was asked whether it exists. */
    record Existence(URI uri, boolean exists) implements Fact {
    }

    private final ResourceAccessor delegate;
    private final Map<Object, Fact> facts = new LinkedHashMap<>();
    private boolean unsupported;

    RecordingResourceAccessor(ResourceAccessor delegate) {
        this.delegate = delegate;
    }

    /** What the parse depended on, in the order it was learned. */
    synchronized List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    /** True when the parse used a resource that is not a plain file, so its facts cannot be checked later. */
    synchronized boolean unsupported() {
        return unsupported;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) throws IOException {
        List<Resource> found = delegate.search(path, recursive);
        remember(new Listing(true, path, recursive, paths(found)));
        return wrap(found);
    }

    @Override
    public List<Resource> getAll(String path) throws IOException {
        List<Resource> found = delegate.getAll(path);
        remember(new Listing(false, path, false, paths(found)));
        return wrap(found);
    }

    @Override
    public List<String> describeLocations() {
        return delegate.describeLocations();
    }

    @Override
    public void close() throws Exception {
        delegate.close();
    }

    /** Whether {@code fact} still holds, asking {@code accessor} (the same kind of accessor, on the same directory). */
    static boolean holds(Fact fact, ResourceAccessor accessor) throws IOException {
        return switch (fact) {
            case Listing listing -> listing.found().equals(paths(listing.search()
                    ? accessor.search(listing.path(), listing.recursive()) : accessor.getAll(listing.path())));
            case Content content -> content.md5() != null && content.md5().equals(md5(Path.of(content.uri())));
            case Existence existence -> existence.exists() == Files.exists(Path.of(existence.uri()));
        };
    }

    static String md5(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("MD5");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> paths(List<Resource> resources) {
        List<String> paths = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            paths.add(resource.getPath());
        }
        return paths;
    }

    private synchronized void remember(Fact fact) {
        Object key = switch (fact) {
            case Listing listing -> listing;
            case Content content -> "content:" + content.uri();
            case Existence existence -> "exists:" + existence.uri();
        };
        facts.putIfAbsent(key, fact);
    }

    private List<Resource> wrap(List<Resource> resources) {
        List<Resource> wrapped = new ArrayList<>(resources.size());
        for (Resource resource : resources) {
            wrapped.add(wrap(resource));
        }
        return wrapped;
    }

    private Resource wrap(Resource resource) {
        return resource == null || resource instanceof Recorded ? resource : new Recorded(resource);
    }

    private Path fileOf(Resource resource) {
        URI uri = resource.getUri();
        if (uri == null || !"file".equals(uri.getScheme())) {
            synchronized (this) {
                unsupported = true;
            }
            return null;
        }
        return Path.of(uri);
    }

    /** A resource whose reads and existence checks are remembered. */
    private final class Recorded implements Resource {
        private final Resource resource;

        Recorded(Resource resource) {
            this.resource = resource;
        }

        @Override
        public String getPath() {
            return resource.getPath();
        }

        @Override
        public InputStream openInputStream() throws IOException {
            Path file = fileOf(resource);
            if (file != null) {
                remember(new Content(resource.getUri(), md5(file)));
            }
            return resource.openInputStream();
        }

        @Override
        public boolean isWritable() {
            return resource.isWritable();
        }

        @Override
        public boolean exists() {
            boolean exists = resource.exists();
            if (fileOf(resource) != null) {
                remember(new Existence(resource.getUri(), exists));
            }
            return exists;
        }

        @Override
        public Resource resolve(String other) {
            return wrap(resource.resolve(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return wrap(resource.resolveSibling(other));
        }

        @Override
        public OutputStream openOutputStream(OpenOptions openOptions) throws IOException {
            return resource.openOutputStream(openOptions);
        }

        @Override
        public URI getUri() {
            return resource.getUri();
        }

        @Override
        public String toString() {
            return resource.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Recorded recorded && resource.equals(recorded.resource);
        }

        @Override
        public int hashCode() {
            return resource.hashCode();
        }
    }
}
