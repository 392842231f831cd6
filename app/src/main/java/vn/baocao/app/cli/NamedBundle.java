package vn.baocao.app.cli;

import java.util.Collections;
import java.util.Enumeration;
import java.util.ResourceBundle;

/** The command line's texts with the installation's name put before the help's first heading. */
final class NamedBundle extends ResourceBundle {
    private static final String HEADING = "usage.headerHeading";
    private final ResourceBundle texts;
    private final String name;

    private NamedBundle(ResourceBundle texts, String name) {
        this.texts = texts;
        this.name = name;
    }

    static ResourceBundle of(ResourceBundle texts, String name) {
        return new NamedBundle(texts, name);
    }

    @Override
    protected Object handleGetObject(String key) {
        if (HEADING.equals(key)) {
            String heading = texts.containsKey(HEADING) ? texts.getString(HEADING) : "";
            // the heading is a format string: a % of the name is printed as it is
            return name.replace("%", "%%") + "%n" + heading;
        }
        return texts.containsKey(key) ? texts.getObject(key) : null;
    }

    @Override
    public Enumeration<String> getKeys() {
        return Collections.enumeration(texts.keySet());
    }
}
