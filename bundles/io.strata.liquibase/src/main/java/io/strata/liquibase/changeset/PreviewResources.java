package io.strata.liquibase.changeset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;

/**
 * The project's files plus one change log that exists only in memory, next to the target change
 * log: the preview parses the new change set(s) there, so paths relative to the change log
 * ({@code <sqlFile relativeToChangelogFile="true">}) find the project's files.
 */
final class PreviewResources extends AbstractResourceAccessor {

    private final String path;
    private final byte[] content;
    private final ResourceAccessor project;

    PreviewResources(String path, String content, ResourceAccessor project) {
        this.path = path;
        this.content = content.getBytes(StandardCharsets.UTF_8);
        this.project = project;
    }

    @Override
    public List<Resource> search(String searchPath, boolean recursive) throws IOException {
        return project.search(searchPath, recursive);
    }

    @Override
    public List<Resource> getAll(String wanted) throws IOException {
        if (path.equals(wanted.replace('\\', '/'))) {
            return new ArrayList<>(List.of(new InMemory()));
        }
        return project.getAll(wanted);
    }

    @Override
    public List<String> describeLocations() {
        return project.describeLocations();
    }

    @Override
    public void close() throws Exception {
        project.close();
    }

    private final class InMemory extends AbstractResource {
        InMemory() {
            super(path, URI.create("strata-preview:/" + path.replace(" ", "%20")));
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(content);
        }

        @Override
        public boolean exists() {
            return true;
        }

        @Override
        public Resource resolve(String other) {
            return lookUp(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return lookUp(resolveSiblingPath(other));
        }

        private Resource lookUp(String other) {
            try {
                return PreviewResources.this.get(other);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean isWritable() {
            return false;
        }
    }
}
