package vn.baocao.app.cli;

import java.util.Locale;

/** The shapes a command can print: text for people, JSON for machines. */
public enum Output {
    TEXT,
    JSON;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
