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

    /** A day as its reader writes it: 20/01/2026, or 20 Jan 2026 in English; what is not a day, as it is. */
    public String date(String iso) {
        try {
            java.time.LocalDate day = java.time.LocalDate.parse(iso);
            return day.format(java.time.format.DateTimeFormatter.ofPattern(lang().equals("en") ? "d MMM yyyy" : "dd/MM/yyyy", locale()));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    /** A period as its reader says it: tháng 01/2026, quý I/2026, năm 2026 (January 2026, Q1 2026, 2026). */
    public String period(String code) {
        vn.baocao.api.period.Period p;
        try {
            p = vn.baocao.api.period.Period.parse(code);
        } catch (IllegalArgumentException e) {
            return code;
        }
        if (p instanceof vn.baocao.api.period.Period.Month m) {
            return lang().equals("en") ? java.time.Month.of(m.month()).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + m.year()
                    : get("web.period.month", String.format("%02d", m.month()), Integer.toString(m.year()));
        }
        if (p instanceof vn.baocao.api.period.Period.Quarter q) return get("web.period.quarter", "I II III IV".split(" ")[q.quarter() - 1], Integer.toString(q.year()));
        if (p instanceof vn.baocao.api.period.Period.HalfYear h) return get("web.period.half" + h.half(), Integer.toString(h.year()));
        if (p instanceof vn.baocao.api.period.Period.Year y) return get("web.period.year", Integer.toString(y.year()));
        vn.baocao.api.period.Period.Phase f = (vn.baocao.api.period.Period.Phase) p;
        return get("web.period.phase", Integer.toString(f.firstYear()), Integer.toString(f.lastYear()));
    }

    Locale locale() {
        return messages.locale();
    }

    Messages messages() {
        return messages;
    }
}
