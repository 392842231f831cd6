package vn.baocao.server.web;

import java.util.Locale;
import vn.baocao.core.i18n.Messages;

/** The words of a page in its reader's language, from the server's bundles: what the templates print. */
public final class Text {
    private final Messages messages;

    Text(Messages messages) {
        this.messages = messages;
    }

    public String get(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** {@code vi} or {@code en}: the page's {@code lang}. */
    public String lang() {
        return messages.locale().getLanguage().equals("en") ? "en" : "vi";
    }

    /** The language the switch offers. */
    public String other() {
        return lang().equals("en") ? "vi" : "en";
    }

    Locale locale() {
        return messages.locale();
    }

    Messages messages() {
        return messages;
    }
}
