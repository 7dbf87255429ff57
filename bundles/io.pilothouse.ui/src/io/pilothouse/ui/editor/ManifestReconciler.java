package io.pilothouse.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

import io.pilothouse.ui.manifest.ManifestDocuments;
import io.pilothouse.ui.manifest.ManifestNature;
import io.pilothouse.ui.manifest.ProblemMarkers;

/**
 * Reparses and validates an open manifest on the reconciler's thread, {@value #DELAY} ms after the user stops typing,
 * and replaces its problem markers. The first reconcile gives the project the manifest nature, so its closed files are
 * checked by the builder too.
 */
public final class ManifestReconciler extends MonoReconciler {

    static final int DELAY = 300;

    public ManifestReconciler() {
        super(new Strategy(), false);
        setDelay(DELAY);
    }

    @Override
    public void uninstall() {
        ((Strategy) getReconcilingStrategy(IDocument.DEFAULT_CONTENT_TYPE)).close();
        super.uninstall();
    }

    private static final class Strategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

        private IDocument document;
        private IFile file;
        private IProgressMonitor monitor;

        @Override
        public void setDocument(IDocument document) {
            this.document = document;
        }

        @Override
        public void setProgressMonitor(IProgressMonitor monitor) {
            this.monitor = monitor;
        }

        @Override
        public void initialReconcile() {
            IFile opened = EditorFiles.fileOf(document);
            if (opened == null) {
                return;
            }
            ManifestDocuments.get().open(opened, document.get());
            file = opened;
            addNature(opened);
            check();
        }

        @Override
        public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
            reconcile(subRegion);
        }

        @Override
        public void reconcile(IRegion partition) {
            if (file == null) {
                return;
            }
            ManifestDocuments.get().change(file, document.get());
            check();
        }

        void close() {
            if (file != null) {
                ManifestDocuments.get().close(file);
                file = null;
            }
        }

        private void check() {
            try {
                ProblemMarkers.replace(file, ManifestDocuments.get().validate(file,
                        () -> monitor != null && monitor.isCanceled()));
            } catch (CoreException e) {
                ILog.get().error("Could not update the problems of " + file.getFullPath(), e);
            }
        }

        private static void addNature(IFile file) {
            if (ManifestNature.hasNature(file.getProject())) {
                return;
            }
            Job job = Job.create("Adding the manifest builder to " + file.getProject().getName(),
                    monitor -> {
                        ManifestNature.addTo(file.getProject(), monitor);
                    });
            job.setRule(file.getWorkspace().getRuleFactory().modifyRule(file.getProject()));
            job.schedule();
        }
    }
}
