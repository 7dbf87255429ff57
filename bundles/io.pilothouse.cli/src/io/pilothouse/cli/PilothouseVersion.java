package io.pilothouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version of Pilothouse and of the APIs it models, read from the {@code version.properties} the build writes. */
public final class PilothouseVersion implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        Properties properties = load();
        return new String[] {"pilothouse " + properties.getProperty("version"),
                "Kubernetes " + properties.getProperty("kubernetes") + ", Gateway API "
                        + properties.getProperty("gatewayApi"),
                "Java " + Runtime.version()};
    }

    public static Properties load() {
        try (InputStream in = PilothouseVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The build did not write " + RESOURCE + " into io.pilothouse.cli");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
