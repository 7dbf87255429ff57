package io.pilothouse.cli.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.semantictokens.SemanticTokensService;
import org.eclipse.xtext.resource.FileExtensionProvider;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.impl.ResourceServiceProviderRegistryImpl;
import org.eclipse.xtext.util.DisposableRegistry;

import io.pilothouse.lang.ide.highlighting.ManifestSemanticTokensService;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.util.Modules;

import io.pilothouse.lang.ide.ManifestIdeSetup;

/**
 * Xtext's language server ({@link LanguageServerImpl}) for the manifest language alone, over one pair of streams.
 * The language is registered explicitly for its file extensions rather than found through {@code ServiceLoader},
 * which does not see other bundles' {@code META-INF/services} in OSGi; every service the language's IDE module binds
 * is then served as Xtext serves it.
 */
final class ManifestLanguageServer {

    private ManifestLanguageServer() {}

    /**
     * Runs one session: reads JSON-RPC messages from {@code in}, writes only JSON-RPC messages to {@code out}, and
     * returns the exit code once the client sent {@code exit} or closed {@code in}.
     */
    static int serve(InputStream in, OutputStream out) {
        SessionEnd end = new SessionEnd();
        Injector injector = Guice.createInjector(Modules.override(new ServerModule()).with(binder -> {
            binder.bind(IResourceServiceProvider.Registry.class).toInstance(manifestLanguage());
            binder.bind(ILanguageServerShutdownAndExitHandler.class).toInstance(end);
            binder.bind(SemanticTokensService.class).to(ManifestSemanticTokensService.class);
        }));
        LanguageServerImpl server = injector.getInstance(LanguageServerImpl.class);
        ExecutorService messages = Executors.newCachedThreadPool();
        try {
            Launcher<LanguageClient> launcher = new Launcher.Builder<LanguageClient>().setLocalService(server)
                    .setRemoteInterface(LanguageClient.class).setInput(in).setOutput(out)
                    .setExecutorService(messages).create();
            server.connect(launcher.getRemoteProxy());
            Future<Void> listening = launcher.startListening();
            messages.execute(() -> awaitInputEnd(listening, end));
            return end.awaitExitCode();
        } finally {
            messages.shutdownNow();
            injector.getInstance(DisposableRegistry.class).dispose();
        }
    }

    /** The manifest language, under each of its file extensions ({@code yaml}, {@code yml}). */
    private static IResourceServiceProvider.Registry manifestLanguage() {
        Injector language = new ManifestIdeSetup().createInjectorAndDoEMFRegistration();
        IResourceServiceProvider provider = language.getInstance(IResourceServiceProvider.class);
        IResourceServiceProvider.Registry registry = new ResourceServiceProviderRegistryImpl();
        for (String extension : language.getInstance(FileExtensionProvider.class).getFileExtensions()) {
            registry.getExtensionToFactoryMap().put(extension, provider);
        }
        return registry;
    }

    private static void awaitInputEnd(Future<Void> listening, SessionEnd end) {
        try {
            listening.get();
        } catch (ExecutionException e) {
            // the input failed rather than ended: the session is over all the same
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            end.inputClosed();
        }
    }
}
