package vn.baocao.server.web;

/**
 * One line of a submitter's list: a program's form for a unit and a period, where it stands and
 * when entry closes.
 *
 * @param deadline the last day of entry (ISO), empty when the program has none
 * @param overdue past the deadline and not yet submitted, with no exception running
 * @param reason why it was returned, empty otherwise
 */
public record FormRow(String program, String programName, String unit, String unitName, String period, String state, String stateName,
                      String deadline, boolean overdue, String exceptionUntil, String reason) {}
