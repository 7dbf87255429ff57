package io.pilothouse.ui.manifest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/**
 * The manifests of one project in one {@link XtextResourceSet}, so that a scalar in one file resolves to a resource
 * in another. Every access holds the project's lock: the reconciler, content assist, hovers and the builder run on
 * different threads. A resource whose references may point into a manifest parsed since it was last linked is
 * relinked before it is read.
 */
public final class ManifestProject {

    private final ReentrantLock lock = new ReentrantLock();
    private final XtextResourceSet resources;
    private final Map<URI, Long> linkedAt = new HashMap<>();
    private long changes;

    public ManifestProject(Injector injector) {
        resources = injector.getInstance(XtextResourceSet.class);
    }

    public static ManifestProject create() {
        return new ManifestProject(ManifestLanguage.injector());
    }

    /** Makes {@code text} the content of the manifest at {@code uri}, parsing it unless it is unchanged. */
    public void put(URI uri, String text) {
        lock.lock();
        try {
            XtextResource resource = (XtextResource) resources.getResource(uri, false);
            if (resource == null) {
                resource = (XtextResource) resources.createResource(uri);
                resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                        Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
            } else if (!text.equals(textOf(resource))) {
                resource.reparse(text);
            } else {
                return;
            }
            changes++;
            linkedAt.put(uri, changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lock.unlock();
        }
    }

    /** Forgets the manifest at {@code uri}. */
    public void remove(URI uri) {
        lock.lock();
        try {
            Resource resource = resources.getResource(uri, false);
            if (resource != null) {
                resource.unload();
                resources.getResources().remove(resource);
                linkedAt.remove(uri);
                changes++;
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean contains(URI uri) {
        lock.lock();
        try {
            return resources.getResource(uri, false) != null;
        } finally {
            lock.unlock();
        }
    }

    /** The manifests of the project, in the order they were added. */
    public List<URI> uris() {
        lock.lock();
        try {
            return resources.getResources().stream().map(Resource::getURI).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code reader} on the linked resource at {@code uri}, or returns empty when there is none. */
    public <T> Optional<T> read(URI uri, Function<XtextResource, T> reader) {
        lock.lock();
        try {
            return readLocked(uri, reader);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code reader} on the linked resource at {@code uri} with {@code text} as its content, parsed first unless
     * it already is: for the readers that follow an editor's text.
     */
    public <T> Optional<T> read(URI uri, String text, Function<XtextResource, T> reader) {
        lock.lock();
        try {
            put(uri, text);
            return readLocked(uri, reader);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Like {@link #read} but gives up, returning empty, when another thread holds the project for longer than
     * {@code millis}: for callers on the UI thread, which must never wait for a parse.
     */
    public <T> Optional<T> tryRead(URI uri, long millis, Function<XtextResource, T> reader) {
        try {
            if (!lock.tryLock(millis, TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return readLocked(uri, reader);
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code reader} on every manifest of the project, each linked. */
    public <T> T readAll(Function<List<XtextResource>, T> reader) {
        lock.lock();
        try {
            for (URI uri : List.copyOf(linkedAt.keySet())) {
                readLocked(uri, resource -> resource);
            }
            return reader.apply(resources.getResources().stream().map(XtextResource.class::cast).toList());
        } finally {
            lock.unlock();
        }
    }

    /** The issues of the manifest at {@code uri} from the language's resource validator. */
    public List<Issue> validate(URI uri, CancelIndicator cancel) {
        return read(uri, resource -> resource.getResourceServiceProvider().getResourceValidator()
                .validate(resource, CheckMode.ALL, cancel)).orElse(List.of());
    }

    /** The text the resource was parsed from. */
    public static String textOf(XtextResource resource) {
        return resource.getParseResult() == null ? "" : resource.getParseResult().getRootNode().getText();
    }

    private <T> Optional<T> readLocked(URI uri, Function<XtextResource, T> reader) {
        XtextResource resource = (XtextResource) resources.getResource(uri, false);
        if (resource == null) {
            return Optional.empty();
        }
        if (linkedAt.getOrDefault(uri, 0L) < changes) {
            resource.relink();
            linkedAt.put(uri, changes);
        }
        return Optional.ofNullable(reader.apply(resource));
    }
}
