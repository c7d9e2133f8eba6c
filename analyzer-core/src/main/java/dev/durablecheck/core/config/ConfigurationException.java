package dev.durablecheck.core.config;

/** A configuration file that cannot be used; the message names the file, the key and the line. */
public final class ConfigurationException extends Exception {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
