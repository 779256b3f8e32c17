package io.strata.dsl;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.apache.log4j.AppenderSkeleton;
import org.apache.log4j.spi.LoggingEvent;
import org.apache.log4j.spi.ThrowableInformation;

/**
 * Xtext logs through log4j 1.x; Strata logs through java.util.logging (its logging.properties).
 * Installed on log4j's root logger when nothing else configured it, so that Xtext's messages go
 * where Strata's go instead of "log4j:WARN No appenders could be found" on the console.
 */
final class Log4jToJul extends AppenderSkeleton {

    /** Routes log4j to java.util.logging unless log4j has appenders already. */
    static synchronized void installIfUnconfigured() {
        org.apache.log4j.Logger root = org.apache.log4j.Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.addAppender(new Log4jToJul());
        }
    }

    @Override
    protected void append(LoggingEvent event) {
        Logger logger = Logger.getLogger(event.getLoggerName());
        Level level = julLevel(event.getLevel().toInt());
        if (logger.isLoggable(level)) {
            ThrowableInformation thrown = event.getThrowableInformation();
            logger.log(level, event.getRenderedMessage(), thrown == null ? null : thrown.getThrowable());
        }
    }

    private static Level julLevel(int log4j) {
        if (log4j >= org.apache.log4j.Level.ERROR_INT) {
            return Level.SEVERE;
        }
        if (log4j >= org.apache.log4j.Level.WARN_INT) {
            return Level.WARNING;
        }
        if (log4j >= org.apache.log4j.Level.INFO_INT) {
            return Level.INFO;
        }
        return Level.FINE;
    }

    @Override
    public boolean requiresLayout() {
        return false;
    }

    @Override
    public void close() {
        // Nothing held.
    }
}
