package vn.thidua.conference;

import java.util.List;

/** A member unit present at a conference and its delegates. */
public record Attendee(String unitCode, List<Person> delegates) {
}
