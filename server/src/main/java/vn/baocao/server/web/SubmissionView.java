package vn.baocao.server.web;

import java.util.List;

/**
 * A program's form for a unit and a period as a page shows it, to its submitter ({@code entry}) or
 * its reviewer ({@code review}): where it stands, its grids, what the rules say and what happened.
 *
 * @param path the page's own path, where its forms come back to
 * @param problems what stopped the last step, each with the cell it concerns when it has one
 * @param noteNeeded the rules only warned: submitting again needs a note
 * @param note what the submitter wrote when submitting, while it is submitted
 */
public record SubmissionView(String mode, String path, String program, String programName, String unit, String unitName, String period,
                             String previousPeriod, String state, String stateName, long version, String deadline, boolean entryOpen,
                             String exceptionUntil, String reason, String note, boolean editable, boolean reviewable, List<EntryGrid> grids,
                             List<Problem> problems, boolean noteNeeded, List<Comment> comments, List<History> history) {

    /** @param cell the id of the cell it concerns, empty for the form as a whole */
    public record Problem(String message, String cell) {}

    public record Comment(String author, String at, String body) {}

    public record History(String at, String user, String action, String detail) {}

    public boolean review() {
        return mode.equals("review");
    }

    /** The API's path for this form's values, where the script saves each cell. */
    public String valuesPath() {
        return "/api/values/";
    }
}
