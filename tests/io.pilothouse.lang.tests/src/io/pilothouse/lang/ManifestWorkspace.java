package io.pilothouse.lang;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/** A resource set of manifests, as a project of files, for tests. */
public final class ManifestWorkspace {

    private final XtextResourceSet resourceSet = ManifestParsing.injector().getInstance(XtextResourceSet.class);

    /** Adds the file {@code name} with {@code text}. */
    public XtextResource add(String name, String text) {
        XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("file:/project/" + name));
        try {
            resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resource;
    }

    /** @return the issues of {@code resource}, validated with the other files of the workspace */
    public static List<Issue> issues(XtextResource resource) {
        return resource.getResourceServiceProvider().get(IResourceValidator.class).validate(resource, CheckMode.ALL,
                CancelIndicator.NullImpl);
    }

    /** @return an issue as {@code line:column severity code: message} */
    public static String describe(Issue issue) {
        return issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + issue.getCode()
                + ": " + issue.getMessage();
    }
}
