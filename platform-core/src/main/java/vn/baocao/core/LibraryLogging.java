package vn.baocao.core;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Where the libraries' own logs go: nowhere for users, standard error for developers ({@code --debug}).
 * Their English, class names and stack traces are not for the people the platform serves; everything a
 * user must know is said by the platform itself, in their language.
 *
 * <p>The libraries log through three front ends, each led here: java.util.logging (Guice, the PDF
 * layout engine, the terminal library, and Hibernate Validator through jboss-logging), and log4j-api
 * (POI, XMLBeans, and PDFBox through commons-logging), given log4j's own simple back end.
 */
public final class LibraryLogging {
    /** Held so that the level set on it is not lost to garbage collection. */
    private static final Logger ROOT = Logger.getLogger("");
    private static boolean configured;

    private LibraryLogging() {}

    /**
     * Called once, first thing, by the program's entry point; later calls change nothing, since
     * log4j reads its settings once.
     */
    public static synchronized void configure(boolean debug) {
        if (configured) {
            return;
        }
        configured = true;
        setDefault("org.jboss.logging.provider", "jdk");
        // log4j's own simple back end, named the way log4j 2.24 asks (the older property is reported
        // as deprecated on standard output)
        setDefault("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        setDefault("org.apache.logging.log4j.simplelog.level", debug ? "WARN" : "OFF");
        // what log4j says of its own set-up is of no use to anyone running the platform
        setDefault("log4j2.statusLoggerLevel", "OFF");
        LogManager.getLogManager().reset();
        if (debug) {
            ConsoleHandler handler = new ConsoleHandler();
            handler.setFormatter(new SimpleFormatter());
            handler.setLevel(Level.ALL);
            ROOT.addHandler(handler);
            ROOT.setLevel(Level.WARNING);
        } else {
            ROOT.setLevel(Level.OFF);
        }
    }

    /** For programs (and tests) that start the platform without an entry point of their own: quiet. */
    static void configureIfUnset() {
        configure(false);
    }

    /** A setting given on the command line ({@code -D…}) wins over ours. */
    private static void setDefault(String property, String value) {
        System.setProperty(property, System.getProperty(property, value));
    }
}
