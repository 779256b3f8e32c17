package io.strata.ui.internal.app;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

import io.strata.ui.internal.project.SampleProjectImport;

/** Life cycle of the Strata workbench. */
public final class StrataWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
        IDE.registerAdapters();
        declareIdeImages(configurer);
    }

    /**
     * The IDE's shared images are declared by the IDE application's advisor, which Strata does not
     * use; without them projects and problem markers have no icons.
     */
    private static void declareIdeImages(IWorkbenchConfigurer configurer) {
        String[][] images = {
                { IDE.SharedImages.IMG_OBJ_PROJECT, "icons/full/obj16/prj_obj.png" },
                { IDE.SharedImages.IMG_OBJ_PROJECT_CLOSED, "icons/full/obj16/cprj_obj.png" },
                { "IMG_OBJS_ERROR_PATH", "icons/full/obj16/error_tsk.png" },
                { "IMG_OBJS_WARNING_PATH", "icons/full/obj16/warn_tsk.png" },
                { "IMG_OBJS_INFO_PATH", "icons/full/obj16/info_tsk.png" },
        };
        for (String[] image : images) {
            ImageDescriptor descriptor = ImageDescriptor.createFromURL(
                    org.eclipse.core.runtime.FileLocator.find(org.eclipse.core.runtime.Platform.getBundle("org.eclipse.ui.ide"),
                            new org.eclipse.core.runtime.Path(image[1])));
            configurer.declareImage(image[0], descriptor, true);
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new StrataWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return StrataPerspective.ID;
    }

    @Override
    public IAdaptable getDefaultPageInput() {
        return ResourcesPlugin.getWorkspace().getRoot();
    }

    @Override
    public void postStartup() {
        SampleProjectImport.scheduleOnFirstStart();
    }

    @Override
    public void postShutdown() {
        try {
            ResourcesPlugin.getWorkspace().save(true, new NullProgressMonitor());
        } catch (CoreException e) {
            ILog.of(getClass()).error("Strata could not save the workspace on exit", e);
        }
    }
}
