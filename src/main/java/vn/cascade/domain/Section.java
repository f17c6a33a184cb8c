package vn.cascade.domain;

/**
 * A numbered section of a plan as its outline shows it.
 *
 * @param path     the section number as the tasks carry it: "II", "II.1", "2.3"
 * @param heading  the heading's text after its number
 * @param depth    0 for a Roman section, 1 for its numbered items, 2 for dotted sub-items
 * @param role     what the section holds, read from the genre's fixed headings
 * @param line     the line it starts on (from 0) in the restored text
 */
public record Section(String path, String heading, int depth, Role role, int line) {

    /** The parts a plan is made of (DOMAIN.md, "Layout of a plan"). */
    public enum Role { PURPOSES, SOLUTIONS, TASKS, ORGANISATION, OTHER }
}
