package io.strata.project.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.strata.core.project.ConnectionSpec;
import io.strata.core.project.Stage;
import io.strata.liquibase.ProjectOutline;
import io.strata.ui.internal.navigator.OutlineNode;

/**
 * The Properties view of the navigator's stage, change set and change nodes: a stage's connection
 * and deployment defaults, a change set's id, author, file, line, labels, contexts and number of
 * changes, a change's description and its change set. All of it comes from the navigator's outline,
 * which a job read: nothing is read from disk here, on the UI thread.
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
        if (adaptable instanceof OutlineNode.ChangeNode change) {
            return adapterType.cast(change(change));
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
        Stage stage = item.stage();
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

    static Source change(OutlineNode.ChangeNode node) {
        Source source = new Source();
        source.add(Messages.CATEGORY_CHANGE, "Change", node.description());
        source.add(Messages.CATEGORY_CHANGE, "Number", (node.index() + 1) + " of " + node.changeSet().changeItems().size());
        ProjectOutline.ChangeSetItem item = node.changeSet();
        source.add(Messages.CATEGORY_CHANGE_SET, "Id", item.id());
        source.add(Messages.CATEGORY_CHANGE_SET, "Author", item.author());
        source.add(Messages.CATEGORY_CHANGE_SET, "File", item.file());
        source.add(Messages.CATEGORY_CHANGE_SET, "Line", item.line() > 0 ? Integer.toString(item.line()) : "");
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
