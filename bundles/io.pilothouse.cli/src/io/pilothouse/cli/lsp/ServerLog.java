package io.pilothouse.cli.lsp;

import java.io.PrintStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.apache.log4j.Appender;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.apache.log4j.WriterAppender;

/**
 * Sends the server's logging to one stream for as long as it is open: Xtext's log4j logging (whose
 * {@code log4j.properties} on the class path logs to standard output, which belongs to the protocol) and LSP4J's
 * {@code java.util.logging}. Closing it restores the previous appenders and handlers.
 */
final class ServerLog implements AutoCloseable {

    private final Logger log4jRoot = Logger.getRootLogger();
    private final List<Appender> previousAppenders;
    private final WriterAppender appender;
    private final java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
    private final List<Handler> previousHandlers;
    private final Handler handler;

    ServerLog(PrintStream stream) {
        previousAppenders = Collections.list((Enumeration<?>) log4jRoot.getAllAppenders()).stream()
                .map(Appender.class::cast).toList();
        appender = new WriterAppender(new PatternLayout("%-5p [%t] %c - %m%n"), stream);
        log4jRoot.removeAllAppenders();
        log4jRoot.addAppender(appender);
        previousHandlers = List.of(julRoot.getHandlers());
        handler = new FlushingHandler(stream);
        previousHandlers.forEach(julRoot::removeHandler);
        julRoot.addHandler(handler);
    }

    @Override
    public void close() {
        log4jRoot.removeAppender(appender);
        previousAppenders.forEach(log4jRoot::addAppender);
        julRoot.removeHandler(handler);
        handler.flush();
        previousHandlers.forEach(julRoot::addHandler);
    }

    /** A {@code java.util.logging} handler that writes each record through, as a console handler does. */
    private static final class FlushingHandler extends StreamHandler {

        FlushingHandler(PrintStream stream) {
            super(stream, new SimpleFormatter());
        }

        @Override
        public synchronized void publish(LogRecord logRecord) {
            super.publish(logRecord);
            flush();
        }
    }
}
