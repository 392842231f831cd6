package vn.baocao.format.docx;

/**
 * The measures of Decree 30/2020, Phụ lục I, in Word's units: twentieths of a point (twips) for
 * lengths, half-points for font sizes. One value is chosen where the decree gives a range.
 */
final class Layout {
    static final String FONT = "Times New Roman";

    /** A4 portrait. */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;

    /** Margins: top and bottom 20 mm, left 30 mm, right 15 mm. */
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final int HEADER_DISTANCE = mm(10);

    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The header's columns: issuing body on the left, national name on the right. */
    static final int LEFT_COLUMN = TEXT_WIDTH * 2 / 5;
    static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;

    /** Font sizes in points. */
    static final int BODY_SIZE = 14;
    static final int HEADER_SIZE = 13;
    static final int NATION_SIZE = 12;
    static final int PAGE_NUMBER_SIZE = 13;
    static final int RECIPIENTS_HEADING_SIZE = 12;
    static final int RECIPIENT_SIZE = 11;
    static final int TABLE_SIZE = 13;

    /** Body paragraphs: first line indented 1.27 cm, 6 pt after, line spacing 1.2. */
    static final int FIRST_LINE_INDENT = 720;
    static final int SPACE_AFTER = 120;
    static final int LINE_SPACING = 288;

    /**
     * The rules under the issuing body and under the excerpt are 1/3 to 1/2 as long as the line
     * above them; the one under the motto is as long as the motto.
     */
    static final double SHORT_RULE = 0.4;

    /** A line's space between the excerpt's rule and Kính gửi, and 6 pt more than a paragraph's before the body. */
    static final int ADDRESSEE_SPACE_BEFORE = 240;
    static final int ADDRESSEE_SPACE_AFTER = 240;

    private Layout() {}

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * 1440 / 25.4);
    }
}
