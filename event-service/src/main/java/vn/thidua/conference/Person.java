package vn.thidua.conference;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person named at a conference: a presiding leader, a guest (e.g. a leader of the Central Board, with the title)
 * or a unit's delegate. {@code unitCode} (a member unit) and {@code organization} (a guest's body) are optional.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Person(String name, String title, String unitCode, String organization) {
}
