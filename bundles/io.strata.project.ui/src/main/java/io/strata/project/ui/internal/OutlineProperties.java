package io.strata.project.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.DeploymentPlan;
import io.strata.core.project.ProjectException;
import io.strata.core.project.Stage;
import io.strata.core.project.StrataProject;
import io.strata.liquibase.ProjectOutline;
import io.strata.ui.internal.navigator.OutlineNode;

/**
 * The Properties view of the navigator's stage and change set nodes: a stage's connection and
 * deployment defaults (read from its plan file when asked), a change set's id, author, file, line,
 * labels, contexts and number of changes (from the navigator's outline).
 */
public final class OutlineProperties implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        if (adaptable instanceof OutlineNode.StageNode stage) {
            return adapterType.cast(stage(stage));
        }
        if (adaptable instanceof OutlineNode.ChangeSetNode changeSet) {
            return adapterType.cast(changeSet(changeSet.changeSet()));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }

    static Source stage(OutlineNode.StageNode node) {
        ProjectOutline.StageItem item = node.stage();
        Source source = new Source();
        source.add(Messages.CATEGORY_STAGE, "Name", item.name());
        source.add(Messages.CATEGORY_STAGE, "Type", item.type());
        source.add(Messages.CATEGORY_STAGE, "Reference", item.reference() ? "yes" : "no");
        source.add(Messages.CATEGORY_STAGE, "File", item.file() + (item.line() > 0 ? ":" + item.line() : ""));
        Stage stage;
        try {
            stage = find(node.file().getProject(), item);
        } catch (ProjectException e) {
            source.add(Messages.CATEGORY_STAGE, "Problem", e.describe());
            return source;
        }
        if (stage == null) {
            return source;
        }
        ConnectionSpec c = stage.connection();
        if (c.url() != null || c.host() == null) {
            source.add(Messages.CATEGORY_CONNECTION, "URL", c.jdbcUrl());
        } else {
            source.add(Messages.CATEGORY_CONNECTION, "Host", c.host());
            source.add(Messages.CATEGORY_CONNECTION, "Port", c.port() > 0 ? Integer.toString(c.port()) : "(default)");
            source.add(Messages.CATEGORY_CONNECTION, "Database", c.database());
            source.add(Messages.CATEGORY_CONNECTION, "SID", c.sid());
            source.add(Messages.CATEGORY_CONNECTION, "Service", c.service());
        }
        source.add(Messages.CATEGORY_CONNECTION, "User", c.user());
        source.add(Messages.CATEGORY_CONNECTION, "Default schema", c.defaultSchema());
        if (stage.secretId() != null) {
            source.add(Messages.CATEGORY_CONNECTION, "Secret", stage.secretId());
        }
        if (stage.iamAuthentication()) {
            source.add(Messages.CATEGORY_CONNECTION, "IAM authentication", "yes");
        }
        source.add(Messages.CATEGORY_DEPLOYMENT, "Contexts", String.join(", ", stage.contexts()));
        source.add(Messages.CATEGORY_DEPLOYMENT, "Labels", stage.labels());
        return source;
    }

    /** The stage of the outline item, read from its project's plan (a few lines of YAML). */
    private static Stage find(IProject project, ProjectOutline.StageItem item) throws ProjectException {
        if (project.getLocation() == null) {
            return null;
        }
        Path dir = project.getLocation().toPath();
        Path file = dir.resolve(item.file()).toAbsolutePath().normalize();
        for (DeploymentPlan plan : StrataProject.load(dir).plans()) {
            if (plan.file().toAbsolutePath().normalize().equals(file)) {
                return plan.stage(item.name()).orElse(null);
            }
        }
        return null;
    }

    static Source changeSet(ProjectOutline.ChangeSetItem item) {
        Source source = new Source();
        source.add(Messages.CATEGORY_CHANGE_SET, "Id", item.id());
        source.add(Messages.CATEGORY_CHANGE_SET, "Author", item.author());
        source.add(Messages.CATEGORY_CHANGE_SET, "File", item.file());
        source.add(Messages.CATEGORY_CHANGE_SET, "Line", item.line() > 0 ? Integer.toString(item.line()) : "");
        source.add(Messages.CATEGORY_CHANGE_SET, "Labels", item.labels());
        source.add(Messages.CATEGORY_CHANGE_SET, "Contexts", item.contexts());
        source.add(Messages.CATEGORY_CHANGE_SET, "Changes", Integer.toString(item.changes()));
        return source;
    }

    /** Read-only properties in categories, in the order they were added. */
    static final class Source implements IPropertySource {

        private final List<PropertyDescriptor> descriptors = new ArrayList<>();
        private final List<String> values = new ArrayList<>();

        void add(String category, String name, String value) {
            PropertyDescriptor descriptor = new PropertyDescriptor(category + "." + name, name);
            descriptor.setCategory(category);
            descriptors.add(descriptor);
            values.add(value == null ? "" : value);
        }

        /** The value shown for a property's name (for tests), or null. */
        String value(String name) {
            for (int i = 0; i < descriptors.size(); i++) {
                if (descriptors.get(i).getDisplayName().equals(name)) {
                    return values.get(i);
                }
            }
            return null;
        }

        @Override
        public Object getEditableValue() {
            return this;
        }

        @Override
        public IPropertyDescriptor[] getPropertyDescriptors() {
            return descriptors.toArray(IPropertyDescriptor[]::new);
        }

        @Override
        public Object getPropertyValue(Object id) {
            for (int i = 0; i < descriptors.size(); i++) {
                if (descriptors.get(i).getId().equals(id)) {
                    return values.get(i);
                }
            }
            return null;
        }

        @Override
        public boolean isPropertySet(Object id) {
            return false;
        }

        @Override
        public void resetPropertyValue(Object id) {
        }

        @Override
        public void setPropertyValue(Object id, Object value) {
        }
    }
}
